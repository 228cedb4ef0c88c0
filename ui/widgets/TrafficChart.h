// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/TrafficMonitor.h"

#include <QChartView>
#include <QDateTime>

class QLineSeries;
class QValueAxis;

namespace kuw::ui {

/// Request rate of the old and new cluster over time (left axis, req/s) and the new cluster's
/// share (right axis, %), from TrafficMonitor samples. Keeps the last `window` samples.
class TrafficChart : public QChartView
{
    Q_OBJECT
public:
    explicit TrafficChart(QWidget *parent = nullptr);
    void addSample(const core::TrafficSample &sample);
    void clear();
    int pointCount() const;

private:
    QLineSeries *m_old = nullptr;
    QLineSeries *m_new = nullptr;
    QLineSeries *m_share = nullptr;
    QValueAxis *m_time = nullptr;
    QValueAxis *m_rate = nullptr;
    QValueAxis *m_percent = nullptr;
    QDateTime m_start;
    double m_maxRate = 10;
    int m_window = 150;
};

} // namespace kuw::ui
