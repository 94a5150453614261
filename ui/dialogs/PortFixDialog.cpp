#include "dialogs/PortFixDialog.h"

#include "ConsoleServices.h"
#include "common/Async.h"
#include "inventory/Inventory.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

QString kindText(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::SharedPort: return PortFixDialog::tr("Shared port");
    case ConflictKind::SharedDomain: return PortFixDialog::tr("Shared domain");
    case ConflictKind::PortTaken: return PortFixDialog::tr("Port taken by another program");
    case ConflictKind::InUseOnMachine: return PortFixDialog::tr("Listening (the site itself?)");
    }
    return {};
}

} // namespace

PortFixDialog::PortFixDialog(ConsoleServices& services, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_summary(new QLabel(this))
    , m_conflicts(new QTreeWidget(this))
    , m_moves(new QTreeWidget(this))
    , m_result(new QLabel(this))
{
    setObjectName(u"portFixDialog"_s);
    setWindowTitle(tr("Port conflicts"));
    resize(760, 520);
    m_summary->setWordWrap(true);
    m_conflicts->setObjectName(u"conflictList"_s);
    m_conflicts->setHeaderLabels({tr("Conflict"), tr("Port or domain"), tr("Sites"), tr("Details")});
    m_conflicts->setRootIsDecorated(false);
    m_moves->setObjectName(u"moveList"_s);
    m_moves->setHeaderLabels({tr("Site"), tr("From"), tr("To"), tr("File to change"), tr("Backup kept as")});
    m_moves->setRootIsDecorated(false);
    m_result->setObjectName(u"fixResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("Apply the fix"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(u"applyPortFix"_s);
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &PortFixDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_conflicts, 2);
    auto* movesLabel = new QLabel(tr("The fix moves the later site of each shared port to the next free port and "
                                     "rewrites its file, keeping a backup beside it:"),
                                  this);
    movesLabel->setWordWrap(true);
    layout->addWidget(movesLabel);
    layout->addWidget(m_moves, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    load();
}

void PortFixDialog::load()
{
    m_summary->setText(tr("Looking for conflicts…"));
    Inventory* inventory = &m_services.inventory();
    runAsync(this, [inventory] { return inventory->ports(); }, [this](const Result<Inventory::PortReport>& report) {
        m_conflicts->clear();
        m_moves->clear();
        if (!report) {
            m_summary->setText(tr("Could not check the ports: %1").arg(report.error().toString()));
            return;
        }
        for (const PortConflict& c : report->conflicts) {
            auto* item = new QTreeWidgetItem(m_conflicts, {kindText(c.kind),
                                                           c.kind == ConflictKind::SharedDomain ? c.domain
                                                                                                : QString::number(c.port),
                                                           c.sites.join(u", "_s), c.message});
            item->setToolTip(3, c.message);
        }
        for (const PortMove& m : report->plan.moves) {
            // BackupFile names the copy <file>.<UTC time of the fix>.bak, beside the file.
            auto* item = new QTreeWidgetItem(m_moves, {m.site, QString::number(m.from), QString::number(m.to),
                                                       tr("%1 in %2").arg(m.key, m.file),
                                                       QFileInfo(m.file).fileName() + u".<UTC time>.bak"_s});
            item->setToolTip(4, tr("The fix copies %1 to a file of this name beside it before rewriting it, "
                                   "the time written as yyyyMMddTHHmmssZ.")
                                    .arg(m.file));
        }
        for (QTreeWidget* tree : {m_conflicts, m_moves}) {
            for (int i = 0; i < tree->columnCount(); ++i)
                tree->resizeColumnToContents(i);
        }
        const qsizetype toFix = std::count_if(report->conflicts.cbegin(), report->conflicts.cend(),
                                              [](const PortConflict& c) { return c.kind != ConflictKind::InUseOnMachine; });
        m_summary->setText(toFix == 0 ? tr("No conflicts: every site has its own port and domains.")
                                      : tr("%n conflict(s) need attention.", nullptr, int(toFix)));
        m_apply->setEnabled(!report->plan.moves.isEmpty() && !m_services.isReadOnly());
        if (m_services.isReadOnly() && !report->plan.moves.isEmpty())
            m_result->setText(tr("This is a read-only snapshot: the fix can only be applied to the live inventory."));
    });
}

void PortFixDialog::apply()
{
    m_apply->setEnabled(false);
    m_result->setText(tr("Applying…"));
    Inventory* inventory = &m_services.inventory();
    runAsync(this, [inventory] { return inventory->fixPorts(); }, [this](const Result<Inventory::FixOutcome>& outcome) {
        if (!outcome) {
            m_result->setText(tr("The fix failed: %1").arg(outcome.error().toString()));
            return;
        }
        QStringList lines;
        for (const FileChange& c : outcome->applied.changes)
            lines << tr("Changed %1 (%2). The previous version is kept in %3.")
                         .arg(c.path, c.key, c.backupPath.isEmpty() ? tr("— (a new file)") : c.backupPath);
        for (const Error& e : outcome->applied.errors)
            lines << tr("Not changed: %1").arg(e.toString());
        m_result->setText(lines.join(u'\n'));
        Q_EMIT fixed();
        load();
    });
}

} // namespace ms
