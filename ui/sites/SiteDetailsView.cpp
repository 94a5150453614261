#include "sites/SiteDetailsView.h"

#include "models/SiteTableModel.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ms {

SiteDetailsView::SiteDetailsView(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    m_text->setObjectName(u"siteDetailsText"_s);
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setMargin(10);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setSite(nullptr);
}

void SiteDetailsView::setSite(const Site* site, bool conflicted)
{
    if (!site) {
        m_text->setText(u"<p style='color:gray'>"_s + tr("Select a site to see its details.").toHtmlEscaped() + u"</p>"_s);
        return;
    }
    auto row = [](const QString& label, const QString& value) -> QString {
        return u"<tr><td style='padding-right:12px;color:gray;vertical-align:top'>"_s + label.toHtmlEscaped()
            + u"</td><td>"_s + value + u"</td></tr>"_s;
    };
    QString port = site->port > 0 ? QString::number(site->port) : tr("none");
    switch (site->portSource) {
    case PortSource::EnvFile: port += u" "_s + tr("(%1 in .env)").arg(site->portKey).toHtmlEscaped(); break;
    case PortSource::SiteJson: port += u" "_s + tr("(site.json)").toHtmlEscaped(); break;
    case PortSource::Derived: port += u" "_s + tr("(derived from the name; no file declares it)").toHtmlEscaped(); break;
    case PortSource::None: break;
    }
    if (conflicted)
        port += u" <b style='color:#c0392b'>"_s + tr("in conflict").toHtmlEscaped() + u"</b>"_s;
    QStringList plugins;
    for (const SitePlugin& p : site->plugins) {
        QString text = p.name.toHtmlEscaped();
        if (!p.versionSpec.isEmpty())
            text += u" <span style='color:gray'>"_s + p.versionSpec.toHtmlEscaped() + u"</span>"_s;
        if (!p.enabled)
            text += u" <i>"_s + tr("(disabled)").toHtmlEscaped() + u"</i>"_s;
        plugins << text;
    }
    QString html = u"<h2 style='margin-bottom:2px'>"_s + site->displayTitle().toHtmlEscaped() + u"</h2>"_s
        + u"<p style='color:gray;margin-top:0'>"_s + site->name.toHtmlEscaped() + u" · "_s
        + SiteTableModel::statusText(site->status).toHtmlEscaped() + u"</p><table>"_s
        + row(tr("Domains"), site->domains.isEmpty() ? tr("none").toHtmlEscaped() : site->domains.join(u", "_s).toHtmlEscaped())
        + row(tr("Port"), port) + row(tr("Environment"), site->environment.toHtmlEscaped())
        + row(tr("Context"), site->businessContext.toHtmlEscaped())
        + row(tr("Features"), site->features.join(u", "_s).toHtmlEscaped()) + row(tr("Plugins"), plugins.join(u"<br>"_s))
        + row(tr("Folder"), site->path.toHtmlEscaped()) + row(tr("Modules"), site->modulesDir.toHtmlEscaped())
        + row(tr("Read from"), site->sources.join(u", "_s).toHtmlEscaped());
    if (site->instances > 1)
        html += row(tr("Instances"), QString::number(site->instances));
    if (!site->agent.isEmpty())
        html += row(tr("Agent"), site->agent.toHtmlEscaped());
    html += u"</table>"_s;
    if (!site->problems.isEmpty()) {
        html += u"<h3>"_s + tr("Problems").toHtmlEscaped() + u"</h3><ul>"_s;
        for (const ScanProblem& p : site->problems)
            html += u"<li>"_s + p.toString().toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    m_text->setText(html);
}

} // namespace ms
