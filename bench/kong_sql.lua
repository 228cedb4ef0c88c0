-- SPDX-License-Identifier: GPL-3.0-or-later
-- Bench only (kuw-bench-live-traffic --kong-sql). Loads Kong's own migration modules from a
-- checkout of Kong's repository (arg[1]) and prints, for each migration named in the
-- remaining arguments (pairs: subsystem, migration), the SQL Kong runs on PostgreSQL:
--   @@up <subsystem> <migration>        then the module's postgres.up string
--   @@teardown <subsystem> <migration>  then every query its postgres.teardown sends, each
--                                       after a line "@@query" (Kong sends each on its own)
--   @@missing <subsystem> <migration>   the checkout has no such module
-- The teardown runs against a stand-in connector that records queries; its row loops
-- (connector:iterate) see no rows, so per-row fix-ups are not replayed. Modules Kong's
-- migrations require but that need OpenResty are replaced by inert stand-ins.
local root = arg[1]
package.path = root .. "/?.lua;" .. root .. "/?/init.lua;" .. package.path

local function inert()
  return setmetatable({}, {
    __index = function() return inert() end,
    __call = function() return inert() end,
  })
end

math.randomseed(os.time())
local function uuid_v4()
  local b = {}
  for i = 1, 16 do b[i] = math.random(0, 255) end
  b[7] = 0x40 + b[7] % 16
  b[9] = 0x80 + b[9] % 64
  local hex = {}
  for i = 1, 16 do
    hex[#hex + 1] = string.format("%02x", b[i])
    if i == 4 or i == 6 or i == 8 or i == 10 then hex[#hex + 1] = "-" end
  end
  return table.concat(hex)
end

package.preload["resty.jit-uuid"] = function() return { generate_v4 = uuid_v4 } end
package.preload["kong.tools.utils"] = function() return { uuid = uuid_v4 } end
for _, name in ipairs({ "cassandra", "resty.openssl.x509", "resty.string", "pgmoon.json",
                        "kong.cmd.utils.log", "cjson", "cjson.safe" }) do
  package.preload[name] = inert
end
ngx = inert()

local recorder = { queries = {} }
function recorder:query(sql) self.queries[#self.queries + 1] = sql; return {}, nil end
function recorder:iterate() return function() return nil end end
function recorder:get_stored_connection() return inert() end

for i = 2, #arg - 1, 2 do
  local subsystem, name = arg[i], arg[i + 1]
  local module = subsystem == "core" and ("kong.db.migrations.core." .. name)
                 or ("kong.plugins." .. subsystem .. ".migrations." .. name)
  local ok, m = pcall(require, module)
  if not ok or type(m) ~= "table" or type(m.postgres) ~= "table" then
    io.write("@@missing ", subsystem, " ", name, "\n")
    if os.getenv("KUW_KONG_SQL_DEBUG") then io.stderr:write(tostring(m), "\n") end
  else
    io.write("@@up ", subsystem, " ", name, "\n", m.postgres.up or "", "\n")
    if m.postgres.teardown then
      recorder.queries = {}
      local tok, err = pcall(m.postgres.teardown, recorder)
      if not tok then error(subsystem .. " " .. name .. " teardown: " .. tostring(err)) end
      io.write("@@teardown ", subsystem, " ", name, "\n")
      for _, q in ipairs(recorder.queries) do
        io.write("@@query\n", (q:gsub("%s+$", "")), "\n")
      end
    end
  end
end
