// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrafficChart.h"

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace kuw::ui {

TrafficChart::TrafficChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_old = new QLineSeries(chart);
    m_old->setName(tr("Old cluster (req/s)"));
    m_new = new QLineSeries(chart);
    m_new->setName(tr("New cluster (req/s)"));
    m_share = new QLineSeries(chart);
    m_share->setName(tr("Share on new (%)"));
    m_share->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 2, Qt::DashLine));
    for (QLineSeries *s : {m_old, m_new, m_share})
        chart->addSeries(s);
    m_time = new QValueAxis(chart);
    m_time->setTitleText(tr("seconds"));
    m_time->setLabelFormat(QStringLiteral("%d"));
    m_time->setRange(0, 60);
    m_rate = new QValueAxis(chart);
    m_rate->setTitleText(tr("req/s"));
    m_rate->setLabelFormat(QStringLiteral("%d"));
    m_rate->setRange(0, m_maxRate);
    m_percent = new QValueAxis(chart);
    m_percent->setTitleText(tr("% on new"));
    m_percent->setLabelFormat(QStringLiteral("%d"));
    m_percent->setRange(0, 100);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_rate, Qt::AlignLeft);
    chart->addAxis(m_percent, Qt::AlignRight);
    for (QLineSeries *s : {m_old, m_new, m_share})
        s->attachAxis(m_time);
    m_old->attachAxis(m_rate);
    m_new->attachAxis(m_rate);
    m_share->attachAxis(m_percent);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    setAccessibleName(tr("Traffic chart"));
    setAccessibleDescription(tr("Request rate of the old and new cluster and the share on the new cluster over time"));
}

void TrafficChart::addSample(const core::TrafficSample &sample)
{
    if (!m_start.isValid())
        m_start = sample.timestamp;
    const double t = m_start.msecsTo(sample.timestamp) / 1000.0;
    m_old->append(t, sample.oldRate);
    m_new->append(t, sample.newRate);
    if (sample.newShare)
        m_share->append(t, *sample.newShare * 100.0);
    for (QLineSeries *s : {m_old, m_new, m_share})
        if (s->count() > m_window)
            s->removePoints(0, s->count() - m_window);
    m_maxRate = std::max({m_maxRate, sample.oldRate * 1.2, sample.newRate * 1.2});
    m_rate->setRange(0, m_maxRate);
    const double first = m_old->count() > 0 ? m_old->at(0).x() : 0;
    m_time->setRange(first, std::max(first + 60, t));
}

void TrafficChart::clear()
{
    for (QLineSeries *s : {m_old, m_new, m_share})
        s->clear();
    m_start = {};
    m_maxRate = 10;
}

int TrafficChart::pointCount() const
{
    return int(m_old->count());
}

} // namespace kuw::ui
