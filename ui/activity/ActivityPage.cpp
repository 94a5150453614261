#include "activity/ActivityPage.h"

#include "ConsoleServices.h"
#include "audit/AuditLog.h"
#include "common/Async.h"
#include "models/AuditTableModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ms {

ActivityPage::ActivityPage(ConsoleServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new AuditTableModel(this))
    , m_site(new QLineEdit(this))
    , m_module(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_chain(new QLabel(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"activityPage"_s);
    m_site->setObjectName(u"activitySite"_s);
    m_site->setPlaceholderText(tr("Site"));
    m_module->setObjectName(u"activityModule"_s);
    m_module->setPlaceholderText(tr("Module"));
    m_user->setObjectName(u"activityUser"_s);
    m_user->setPlaceholderText(tr("User"));
    for (QLineEdit* e : {m_site, m_module, m_user})
        e->setClearButtonEnabled(true);
    m_outcome->setObjectName(u"activityOutcome"_s);
    m_outcome->addItem(tr("Any outcome"), QString());
    m_outcome->addItem(tr("Succeeded"), u"success"_s);
    m_outcome->addItem(tr("Failed"), u"failure"_s);
    m_outcome->addItem(tr("Events"), u"info"_s);
    m_period->setObjectName(u"activityPeriod"_s);
    m_period->addItem(tr("Last hour"), 3600);
    m_period->addItem(tr("Last 24 hours"), 24 * 3600);
    m_period->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_period->addItem(tr("Last 30 days"), 30 * 24 * 3600);
    m_period->addItem(tr("All time"), 0);
    m_period->setCurrentIndex(4);

    auto* verifyButton = new QPushButton(tr("Verify chain"), this);
    verifyButton->setObjectName(u"activityVerify"_s);
    verifyButton->setToolTip(tr("Check that no entry was altered or removed since it was written"));
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(u"activityExport"_s);
    connect(verifyButton, &QPushButton::clicked, this, &ActivityPage::verify);
    connect(exportButton, &QPushButton::clicked, this, &ActivityPage::exportCsv);

    // Typing re-queries after a short pause, not at every key.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(debounce, &QTimer::timeout, this, &ActivityPage::reload);
    for (QLineEdit* e : {m_site, m_module, m_user})
        connect(e, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ActivityPage::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ActivityPage::reload);

    m_table->setObjectName(u"activityTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActivityPage::showDetails);
    m_details->setObjectName(u"activityDetails"_s);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an entry to see its details."));
    m_chain->setObjectName(u"activityChain"_s);
    m_count->setObjectName(u"activityCount"_s);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_site);
    filters->addWidget(m_module);
    filters->addWidget(m_user);
    filters->addWidget(m_outcome);
    filters->addWidget(m_period);
    filters->addStretch();
    filters->addWidget(exportButton);

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_chain);
    footer->addWidget(verifyButton);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);

    connect(&m_services.audit(), &AuditLog::recorded, this, &ActivityPage::reload, Qt::QueuedConnection);
}

AuditFilter ActivityPage::filter() const
{
    AuditFilter f;
    f.site = m_site->text().trimmed();
    f.module = m_module->text().trimmed();
    f.actor = m_user->text().trimmed();
    f.outcome = m_outcome->currentData().toString();
    if (const int seconds = m_period->currentData().toInt(); seconds > 0)
        f.since = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    f.limit = MaxEntries;
    return f;
}

void ActivityPage::reload()
{
    AuditLog* log = &m_services.audit();
    const AuditFilter f = filter();
    const int generation = ++m_generation;
    runAsync(this, [log, f] { return log->entries(f); }, [this, generation](const Result<QList<AuditRecord>>& records) {
        if (generation != m_generation)
            return;
        if (!records) {
            m_count->setText(records.error().toString());
            return;
        }
        m_model->setRecords(*records);
        m_table->resizeColumnsToContents();
        m_count->setText(records->size() >= MaxEntries
                             ? tr("The newest %1 entries; narrow the filters to see older ones.").arg(MaxEntries)
                             : tr("%n entries", nullptr, int(records->size())));
        showDetails();
        Q_EMIT loaded(int(records->size()));
    });
}

void ActivityPage::verify()
{
    m_chain->setText(tr("Verifying…"));
    AuditLog* log = &m_services.audit();
    runAsync(this, [log] { return log->verify(); }, [this](const Result<AuditVerification>& v) {
        if (!v) {
            m_chain->setText(v.error().toString());
            return;
        }
        if (v->intact) {
            m_chain->setStyleSheet(u"color: #1e8449"_s);
            m_chain->setText(tr("Chain intact: %n entries verified.", nullptr, int(v->entries)));
        } else {
            m_chain->setStyleSheet(u"color: #c0392b; font-weight: bold"_s);
            m_chain->setText(tr("Chain broken: %1").arg(v->problem));
        }
        Q_EMIT verified(v->intact);
    });
}

void ActivityPage::exportCsv()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the audit log"), u"audit.csv"_s,
                                                      tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        exportCsvTo(file);
}

void ActivityPage::exportCsvTo(const QString& file)
{
    AuditLog* log = &m_services.audit();
    const AuditFilter f = filter();
    runAsync(this, [log, f, file] { return log->exportCsv(f, file); }, [this, file](const Status& written) {
        m_count->setText(written ? tr("Exported to %1.").arg(file) : written.error().toString());
        Q_EMIT exported(written.ok());
    });
}

void ActivityPage::showDetails()
{
    const AuditRecord* r = m_model->record(m_table->currentIndex().row());
    if (!r) {
        m_details->clear();
        return;
    }
    QString text = tr("Entry %1 — %2 by %3 at %4")
                       .arg(r->id)
                       .arg(AuditTableModel::actionText(r->action), r->actor,
                            r->at.toLocalTime().toString(Qt::ISODateWithMs))
        + u"\n"_s;
    if (!r->message.isEmpty())
        text += r->message + u"\n"_s;
    const QJsonDocument details = QJsonDocument::fromJson(r->details.toUtf8());
    if (details.isObject() && !details.object().isEmpty())
        text += u"\n"_s + QString::fromUtf8(details.toJson(QJsonDocument::Indented));
    text += u"\n"_s + tr("Hash: %1\nPrevious: %2").arg(r->hash, r->prevHash);
    m_details->setPlainText(text);
}

} // namespace ms
