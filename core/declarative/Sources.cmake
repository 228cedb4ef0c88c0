# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of core/declarative (kong.yml export/import), added to kuw_core. libyaml (the reader,
# see docs/design-notes.md) stays in YamlStream.cpp; YamlStream.h does not expose it.
target_sources(kuw_core PRIVATE
  db/PgCopy.cpp
  declarative/EntitySchema.h
  declarative/EntitySchema.cpp
  declarative/YamlScalars.h
  declarative/YamlScalars.cpp
  declarative/YamlStream.h
  declarative/YamlStream.cpp
  declarative/JsonToYaml.h
  declarative/JsonToYaml.cpp
  declarative/EntityLoader.h
  declarative/EntityLoader.cpp
  declarative/Exporter.h
  declarative/Exporter.cpp
  declarative/Importer.h
  declarative/Importer.cpp
)
