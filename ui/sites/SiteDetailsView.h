#pragma once

#include "discovery/Site.h"

#include <QWidget>

class QLabel;

namespace ms {

/// What the inventory knows about one site: domains, port and where it came from,
/// environment and features, plugins, files and problems.
class SiteDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit SiteDetailsView(QWidget* parent = nullptr);

    /// Shows @p site; nullptr shows a hint to select one.
    void setSite(const Site* site, bool conflicted = false);

private:
    QLabel* m_text;
};

} // namespace ms
