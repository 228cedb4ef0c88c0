// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the application's SVG icon to PNG sizes for the hicolor theme
// (Qt's own SVG renderer, so no extra Debian package is needed to build).
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // runs in headless builds
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4 || args.size() % 2) {
        std::fprintf(stderr, "usage: kuw-render-icon ICON.svg SIZE OUT.png [SIZE OUT.png ...]\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "kuw-render-icon: %s is not a valid SVG\n", qPrintable(args.at(1)));
        return 1;
    }
    for (int i = 2; i + 1 < args.size(); i += 2) {
        const int size = args.at(i).toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        if (size <= 0 || !image.save(args.at(i + 1), "PNG")) {
            std::fprintf(stderr, "kuw-render-icon: cannot write %s at size %d\n", qPrintable(args.at(i + 1)), size);
            return 1;
        }
    }
    return 0;
}
