#include "lifecycle/OperationRun.h"

#include "audit/AuditLog.h"
#include "lifecycle/FaultInjection.h"
#include "lifecycle/Orchestrator.h"
#include "lifecycle/PlatformCore.h"
#include "lifecycle/Recovery.h"
#include "lifecycle/SiteReloader.h"
#include "lifecycle/StateRecorder.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/OperationJournalRepository.h"
#include "store/OperationRepository.h"
#include "store/SettingsRepository.h"
#include "store/SiteRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTimer>
#include <atomic>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

using Action = ModuleChange::Action;

constexpr int LockPollMs = 200;
// Progress units: each change is 100, split between fetching, unpacking and activating.
constexpr qint64 PerChange = 100;

void wipe(QByteArray& secret)
{
    secret.fill('\0');
    secret.clear();
}

QString requirementsText(const Requirements& requirements)
{
    QStringList parts;
    for (auto it = requirements.cbegin(); it != requirements.cend(); ++it)
        parts.append(it.key() + u' ' + it.value().toString());
    return parts.isEmpty() ? u"(none)"_s : parts.join(u", "_s);
}

} // namespace

OperationRun::OperationRun(Orchestrator* orchestrator, OperationRequest request, qint64 operationId,
                           int attempt, QObject* parent)
    : Job(parent)
    , m_orchestrator(orchestrator)
    , m_request(std::move(request))
    , m_attempt(attempt)
{
    m_record.id = operationId;
}

OperationRun::~OperationRun()
{
    for (LicenseCandidate& c : m_offeredKeys)
        wipe(c.token);
    for (auto& key : m_keysToStore)
        wipe(key.second);
}

void OperationRun::start()
{
    m_lockWait.start();
    acquireSite();
}

void OperationRun::onCancel()
{
    if (m_fetch)
        m_fetch->cancel();
}

Status OperationRun::cancelled() const
{
    if (isCancelled())
        return Error(ErrorCode::Cancelled, tr("the operation was cancelled"), m_request.site);
    return {};
}

void OperationRun::report(qint64 done, const QString& step)
{
    Q_EMIT progress(qMin(done, m_progressTotal), m_progressTotal, step);
}

// ---- 1. The site and its lock -----------------------------------------------------------

void OperationRun::acquireSite()
{
    runInPool(
        [this] {
            bool busy = false;
            const Status opened = openRecordAndLock(&busy);
            return qMakePair(opened, busy);
        },
        [this](const QPair<Status, bool>& result) {
            if (!result.first) {
                fail(result.first.error());
            } else if (!result.second) {
                planOperation();
            } else if (isCancelled()) {
                fail(cancelled().error());
            } else if (m_lockWait.elapsed() > m_orchestrator->siteLockTimeoutMs()) {
                fail(Error(ErrorCode::Conflict, tr("another operation kept the site busy for too long"),
                           m_site.path));
            } else {
                report(0, tr("Waiting for another operation on %1").arg(m_request.site));
                QTimer::singleShot(LockPollMs, this, &OperationRun::acquireSite);
            }
        });
}

Status OperationRun::openRecordAndLock(bool* busy)
{
    Database& db = m_orchestrator->database();
    if (!m_target) {
        auto site = SiteRepository(db).findByName(m_request.site);
        if (!site)
            return site.error();
        m_site = *site;
        m_target.emplace(m_site.path, m_site.modulesDir);
    }
    if (Status locked = m_lock.tryAcquire(m_site.path); !locked) {
        if (locked.error().code() != ErrorCode::Conflict)
            return locked;
        *busy = true;
    }
    return {};
}

// ---- 2. Recovery of earlier crashes, and the plan ---------------------------------------

void OperationRun::planOperation()
{
    report(0, tr("Planning"));
    runInPool([this] { return recoverAndPlan(); },
              [this](const Status& planned) {
                  if (!planned)
                      return fail(planned.error());
                  m_outcome.changes = m_plan.changes;
                  m_progressTotal = PerChange * (m_plan.changes.size() + 1);
                  checkLicense(0);
              });
}

Status OperationRun::recoverAndPlan()
{
    Database& db = m_orchestrator->database();
    AuditLog* auditLog = m_orchestrator->audit();
    // We hold the site: whatever journal is open for it belongs to a process that died.
    auto recovered = Recovery(db, auditLog).recoverUnfinished(m_site.name, true);
    if (!recovered)
        return recovered.error();
    for (const Recovery::Outcome& o : std::as_const(*recovered)) {
        m_outcome.warnings << o.warnings;
        if (o.result == u"failed")
            return Error(ErrorCode::Conflict,
                         tr("operation %1 on this site was interrupted and cannot be put right: %2")
                             .arg(o.operationId)
                             .arg(o.error.toString()),
                         m_site.name);
    }

    auto lock = m_target->readLock();
    if (!lock)
        return lock.error();
    StateRecorder states(db, auditLog);
    // Modules the database has never seen (installed by hand, or before Mothership) are
    // recorded as the disk shows them, so that states and the lock agree from here on.
    for (const ModulesLock::Entry& e : lock->entries()) {
        auto row = states.row(m_site.name, e.moduleName);
        if (!row)
            return row.error();
        if (!*row) {
            const StateRecorder::Move move {e.version.toFullString(), {}, tr("found on disk"), 0};
            if (Status adopted
                = states.adopt(m_site.name, e.moduleName,
                               e.enabled ? ModuleState::Running : ModuleState::Installed, move);
                !adopted)
                return adopted;
        }
    }

    auto keep = SettingsRepository(db).value(Orchestrator::keepVersionsSetting());
    if (!keep)
        return keep.error();
    if (!keep->isEmpty()) {
        bool ok = false;
        m_keepVersions = keep->toInt(&ok);
        if (!ok || m_keepVersions < 1)
            return Error(ErrorCode::Validation, tr("must be a whole number of at least 1"),
                         Orchestrator::keepVersionsSetting());
    }

    using Kind = OperationRequest::Kind;
    Version core;
    if (m_request.kind == Kind::Install || m_request.kind == Kind::Upgrade) {
        if (m_request.core) {
            core = *m_request.core;
        } else {
            auto found = PlatformCore::version(db, m_site.path);
            if (!found)
                return found.error();
            core = *found;
        }
    }
    auto plan
        = OperationPlanner(*m_target, m_site.name, states).plan(m_request, m_orchestrator->catalog(), core);
    if (!plan)
        return plan.error();
    m_plan = *plan;

    const bool needsLicense = std::any_of(m_plan.changes.cbegin(), m_plan.changes.cend(),
                                          [](const ModuleChange& c) { return c.licenseRequired; });
    if (!needsLicense) {
        if (!m_request.licenseFiles.isEmpty())
            m_outcome.warnings.append(
                tr("no module of this operation needs a license key; the key files were not used"));
        return {};
    }
    LicenseGate gate(db, m_orchestrator->clock());
    auto verifier = gate.verifier();
    if (!verifier)
        return verifier.error();
    m_verifier = *verifier;
    auto installation = gate.installationId();
    if (!installation)
        return installation.error();
    m_installationId = *installation;
    for (const QString& path : std::as_const(m_request.licenseFiles)) {
        auto token = LicenseGate::readKeyFile(path);
        if (!token)
            return token.error();
        m_offeredKeys.append(LicenseCandidate {*token, path, false});
    }
    return {};
}

// ---- 3. Licenses, before anything is fetched --------------------------------------------

void OperationRun::checkLicense(int index)
{
    while (index < m_plan.changes.size() && !m_plan.changes[index].licenseRequired)
        ++index;
    if (index >= m_plan.changes.size())
        return beginJournal();
    if (Status stop = cancelled(); !stop)
        return fail(stop.error());
    const ModuleChange& c = m_plan.changes[index];
    report(0, tr("Checking the license of %1").arg(c.module));
    if (!m_offeredKeys.isEmpty()) {
        auto chosen = LicenseGate::choose(*m_verifier, c.module, m_installationId, m_offeredKeys);
        if (chosen) {
            m_keysToStore.append(qMakePair(c.module, m_offeredKeys[chosen->second].token));
            return checkLicense(index + 1);
        }
        // A key given for this module that does not verify is the answer: it was given on
        // purpose, so the keychain is not asked behind the administrator's back.
        if (chosen.error().detail() != u"mod")
            return fail(chosen.error(), c.module);
        return licenseFromKeychain(index, chosen.error());
    }
    licenseFromKeychain(index, {});
}

void OperationRun::licenseFromKeychain(int index, const Error& offeredKeyProblem)
{
    const ModuleChange& c = m_plan.changes[index];
    SecretStore* secrets = m_orchestrator->secrets();
    if (!secrets)
        return fail(offeredKeyProblem.isError()
                        ? offeredKeyProblem
                        : LicenseGate::missing(
                            c.module, m_site.name,
                            Error(ErrorCode::Unsupported, tr("this program runs without a keychain"))),
                    c.module);
    SecretJob* read = secrets->read(SecretStore::licenseKey(m_site.name, c.module));
    connect(read, &Job::finished, this, [this, read, index, offeredKeyProblem] {
        const ModuleChange& change = m_plan.changes[index];
        // Nothing usable in the keychain either: the key that was offered says more.
        if (read->error().isError())
            return fail(offeredKeyProblem.isError()
                            ? offeredKeyProblem
                            : LicenseGate::missing(change.module, m_site.name, read->error()),
                        change.module);
        const QList<LicenseCandidate> stored {
            {read->value(), u"keychain:"_s + SecretStore::licenseKey(m_site.name, change.module), true}};
        auto chosen = LicenseGate::choose(*m_verifier, change.module, m_installationId, stored);
        if (!chosen)
            return fail(chosen.error(), change.module);
        checkLicense(index + 1);
    });
    read->start();
}

// ---- 4. The journal ---------------------------------------------------------------------

void OperationRun::beginJournal()
{
    if (m_plan.changes.isEmpty())
        return completeOperation();
    if (Status stop = cancelled(); !stop)
        return fail(stop.error());
    runInPool([this] { return writeJournal(); },
              [this](const Status& written) {
                  if (!written)
                      return fail(written.error());
                  runChange(0);
              });
}

Status OperationRun::writeJournal()
{
    Database& db = m_orchestrator->database();
    // The operation's row says "running" only from here on, while this run holds the site
    // and its journal is written next: recovery can then tell a row left by a crash.
    if (m_record.id > 0) {
        if (Status loaded = loadRecord(); !loaded)
            return loaded;
        m_record.state = u"running"_s;
        m_record.startedAt = m_orchestrator->clock().now().toUTC();
        m_record.finishedAt = {};
        m_record.setError({});
        if (Status updated = OperationRepository(db).update(m_record); !updated)
            return updated;
    } else {
        OperationRecord record;
        record.kind = OperationRequest::kindName(m_request.kind);
        record.site = m_site.name;
        QStringList names;
        for (const QString& text : std::as_const(m_request.modules))
            names.append(text.section(u'@', 0, 0));
        record.module = names.join(u' ');
        if (m_plan.changes.size() == 1) {
            record.fromVersion = m_plan.changes.first().fromVersion.isNull()
                ? QString()
                : m_plan.changes.first().fromVersion.toFullString();
            record.toVersion = m_plan.changes.first().toVersion.isNull()
                ? QString()
                : m_plan.changes.first().toVersion.toFullString();
        }
        record.state = u"running"_s;
        record.startedAt = m_orchestrator->clock().now().toUTC();
        record.requestedBy = m_request.requestedBy;
        auto created = OperationRepository(db).create(record);
        if (!created)
            return created.error();
        m_record = *created;
    }
    const LocalTarget& target = *m_target;
    auto lock = target.readLock();
    if (!lock)
        return lock.error();
    StateRecorder states(db, m_orchestrator->audit());
    OperationJournal& j = m_journal;
    j.operationId = m_record.id;
    j.kind = OperationRequest::kindName(m_request.kind);
    j.site = m_site.name;
    j.siteDir = target.siteDir();
    j.modulesDir = target.modulesDir();
    j.reloadCommand = m_site.reloadCommand;
    j.lockExisted = QFileInfo::exists(target.lockPath());
    j.modulesDirExisted = QFileInfo(target.modulesDir()).isDir();
    j.keepVersions = m_keepVersions;
    j.modules.clear();
    const QString id = QString::number(m_record.id);
    for (const ModuleChange& c : std::as_const(m_plan.changes)) {
        JournalModule m;
        m.module = c.module;
        m.action = ModuleChange::actionName(c.action);
        m.fromVersion = c.fromVersion;
        m.toVersion = c.toVersion;
        if (const ModulesLock::Entry* e = lock->find(c.module))
            m.originalEntry = *e;
        auto current = target.linkedVersion(c.module, LocalTarget::Link::Current);
        if (!current)
            return current.error();
        m.originalCurrent = *current;
        auto previous = target.linkedVersion(c.module, LocalTarget::Link::Previous);
        if (!previous)
            return previous.error();
        m.originalPrevious = *previous;
        m.moduleDirExisted = QFileInfo(target.moduleDir(c.module)).isDir();
        auto row = states.row(m_site.name, c.module);
        if (!row)
            return row.error();
        m.originalState = *row;
        if (c.fetchesPackage()) {
            m.versionDirExisted = QFileInfo(target.versionDir(c.module, c.toVersion)).isDir();
            m.staging = target.stagingPath(id + u'-' + c.module);
            m.trash = target.trashPath(id + u'-' + c.module + u"-old"_s);
        } else if (c.action == Action::Uninstall) {
            m.trash = target.trashPath(id + u'-' + c.module + u"-files"_s);
        }
        m.step = u"planned"_s;
        j.modules.append(m);
    }
    if (Status begun
        = OperationJournalRepository(db).begin({m_record.id, m_site.name, u"prepared"_s, j.toJson(), {}, {}});
        !begun)
        return begun;
    m_journaled = true;
    FaultInjection::reached("journaled");
    return {};
}

Status OperationRun::updateJournal(const QString& module, const QString& step)
{
    if (JournalModule* m = module.isEmpty() ? nullptr : m_journal.module(module))
        m->step = step;
    return OperationJournalRepository(m_orchestrator->database())
        .update(m_record.id, u"prepared"_s, m_journal.toJson());
}

// ---- 5. The changes, module by module ---------------------------------------------------

void OperationRun::runChange(int index)
{
    if (index >= m_plan.changes.size())
        return completeOperation();
    if (Status stop = cancelled(); !stop)
        return fail(stop.error(), m_plan.changes[index].module);
    const ModuleChange c = m_plan.changes[index];
    m_currentModule = c.module;
    report(PerChange * index, tr("%1 %2").arg(ModuleChange::actionName(c.action), c.module));
    runInPool([this, c] { return changeBefore(c); },
              [this, c, index](const Status& changed) {
                  if (!changed)
                      return fail(changed.error(), c.module);
                  if (c.fetchesPackage())
                      return fetchPackage(index);
                  runChange(index + 1);
              });
}

Status OperationRun::changeBefore(const ModuleChange& c)
{
    StateRecorder states(m_orchestrator->database(), m_orchestrator->audit());
    const QString& site = m_site.name;
    const QString from = c.fromVersion.isNull() ? QString() : c.fromVersion.toFullString();
    const QString to = c.toVersion.isNull() ? QString() : c.toVersion.toFullString();
    const qint64 id = m_record.id;
    switch (c.action) {
    case Action::Install:
        return states.move(site, c.module, ModuleState::Downloading, {to, to, {}, id});
    case Action::Upgrade:
    case Action::Downgrade:
        return states.move(site, c.module, ModuleState::Updating, {from, to, {}, id});
    case Action::Enable:
        if (Status moved = states.move(site, c.module, ModuleState::Configuring, {from, {}, {}, id}); !moved)
            return moved;
        if (Status enabled = m_target->setEnabled({c.module}, true); !enabled)
            return enabled;
        return updateJournal(c.module, u"enabled"_s);
    case Action::Disable:
        if (Status moved = states.move(site, c.module, ModuleState::Stopping, {from, {}, {}, id}); !moved)
            return moved;
        if (Status disabled = m_target->setEnabled({c.module}, false); !disabled)
            return disabled;
        return updateJournal(c.module, u"disabled"_s);
    case Action::Rollback: {
        if (Status moved = states.move(site, c.module, ModuleState::RollingBack, {from, to, {}, id}); !moved)
            return moved;
        auto back = m_target->rollback(c.module);
        if (!back)
            return back.error();
        return updateJournal(c.module, u"switched"_s);
    }
    case Action::Uninstall: {
        auto state = states.state(site, c.module);
        if (!state)
            return state.error();
        if (*state == ModuleState::Running)
            return states.move(site, c.module, ModuleState::Stopping, {from, {}, {}, id});
        return {};
    }
    }
    return {};
}

void OperationRun::fetchPackage(int index)
{
    const ModuleChange c = m_plan.changes[index];
    PackageFetcher* fetcher = m_orchestrator->fetcher();
    if (!fetcher)
        return fail(Error(ErrorCode::Unsupported, tr("no package source is configured"), c.module), c.module);
    const PackageRef ref {c.module, c.toVersion, c.registry, c.entry};
    m_fetch = fetcher->fetch(ref, this);
    const qint64 base = PerChange * index;
    connect(m_fetch, &Job::progress, this, [this, base](qint64 done, qint64 total, const QString& step) {
        report(base + (total > 0 ? 30 * done / total : 0), step);
    });
    connect(m_fetch, &Job::finished, this, [this, index, c, base] {
        FetchJob* fetch = m_fetch;
        m_fetch.clear();
        fetch->deleteLater();
        if (fetch->error().isError())
            return fail(fetch->error(), c.module);
        const FetchedPackage package = fetch->package();
        report(base + 30, tr("Unpacking %1 %2").arg(c.module, c.toVersion.toString()));
        runInPool([this, c, package] { return applyPackage(c, package); },
                  [this, c, index](const Status& applied) {
                      if (!applied)
                          return fail(applied.error(), c.module);
                      runChange(index + 1);
                  });
    });
    m_fetch->start();
}

Status OperationRun::applyPackage(const ModuleChange& c, const FetchedPackage& package)
{
    auto removePackage = qScopeGuard([&] {
        if (package.removeWhenDone)
            QFile::remove(package.path);
    });
    FaultInjection::reached("fetched");
    StateRecorder states(m_orchestrator->database(), m_orchestrator->audit());
    const QString& site = m_site.name;
    const QString to = c.toVersion.toFullString();
    const QString about = c.action == Action::Install ? to : c.fromVersion.toFullString();
    const qint64 id = m_record.id;
    const JournalModule* journaled = m_journal.module(c.module);
    if (Status step = updateJournal(c.module, u"fetched"_s); !step)
        return step;
    if (c.action == Action::Install) {
        if (Status moved = states.move(site, c.module, ModuleState::Verifying, {about, to, {}, id}); !moved)
            return moved;
    }

    const qint64 index = int(std::find_if(m_plan.changes.cbegin(), m_plan.changes.cend(),
                                          [&](const ModuleChange& x) { return x.module == c.module; })
                             - m_plan.changes.cbegin());
    std::atomic_bool firstEntry = true;
    ArchiveExtractor::Options options;
    options.progress = [&](const ArchiveExtractor::Progress& p) {
        if (firstEntry.exchange(false))
            FaultInjection::reached("extracting");
        if (p.archiveSize > 0)
            report(PerChange * index + 30 + 60 * p.archiveBytesRead / p.archiveSize,
                   tr("Unpacking %1 %2").arg(c.module, c.toVersion.toString()));
        return !isCancelled();
    };
    auto staged = m_target->stage(package.path, journaled->staging, options);
    if (!staged)
        return staged.error();
    FaultInjection::reached("staged");
    if (Status step = updateJournal(c.module, u"staged"_s); !step)
        return step;

    if (Status matches = checkManifest(c, journaled->staging); !matches)
        return matches;
    FaultInjection::reached("verified");
    if (Status step = updateJournal(c.module, u"verified"_s); !step)
        return step;
    if (Status stop = cancelled(); !stop)
        return stop;

    report(PerChange * index + 90, tr("Activating %1 %2").arg(c.module, c.toVersion.toString()));
    if (c.action == Action::Install) {
        if (Status moved = states.move(site, c.module, ModuleState::Installing, {to, to, {}, id}); !moved)
            return moved;
    }
    // A new module arrives disabled (installed); configuring enables it below. One being
    // upgraded was running and stays enabled.
    if (Status activated = m_target->activate(c.module, c.toVersion, journaled->staging, journaled->trash,
                                              c.action != Action::Install, &FaultInjection::reached);
        !activated)
        return activated;
    if (Status step = updateJournal(c.module, u"activated"_s); !step)
        return step;
    if (c.action == Action::Install) {
        if (Status moved = states.move(site, c.module, ModuleState::Installed, {to, {}, {}, id}); !moved)
            return moved;
        if (Status moved = states.move(site, c.module, ModuleState::Configuring, {to, {}, {}, id}); !moved)
            return moved;
        if (Status enabled = m_target->setEnabled({c.module}, true); !enabled)
            return enabled;
        if (Status step = updateJournal(c.module, u"enabled"_s); !step)
            return step;
    }
    return {};
}

Status OperationRun::checkManifest(const ModuleChange& c, const QString& stagingDir) const
{
    const QString subject = c.module + u'@' + c.toVersion.toFullString();
    auto manifest = Manifest::load(stagingDir + u"/manifest.json"_s);
    if (!manifest)
        return Error(ErrorCode::Validation,
                     tr("the package has no valid manifest.json: %1").arg(manifest.error().message()),
                     subject, manifest.error().detail());
    auto mismatch = [&](const QString& field, const QString& inManifest, const QString& inCatalog) {
        return Error(ErrorCode::Integrity,
                     tr("the package's manifest does not match the catalog in %1").arg(field), subject,
                     tr("manifest: %1; catalog: %2").arg(inManifest, inCatalog));
    };
    if (manifest->moduleName() != c.module)
        return mismatch(u"module_name"_s, manifest->moduleName(), c.module);
    if (!(manifest->version() == c.toVersion)
        || manifest->version().toFullString() != c.toVersion.toFullString())
        return mismatch(u"version"_s, manifest->version().toFullString(), c.toVersion.toFullString());
    if (requirementsText(manifest->dependencies()) != requirementsText(c.entry.dependencies))
        return mismatch(u"dependencies"_s, requirementsText(manifest->dependencies()),
                        requirementsText(c.entry.dependencies));
    if (requirementsText(manifest->conflicts()) != requirementsText(c.entry.conflicts))
        return mismatch(u"conflicts"_s, requirementsText(manifest->conflicts()),
                        requirementsText(c.entry.conflicts));
    if (manifest->licenseRequired() != c.entry.licenseRequired)
        return mismatch(u"license_required"_s, manifest->licenseRequired() ? u"true"_s : u"false"_s,
                        c.entry.licenseRequired ? u"true"_s : u"false"_s);
    return {};
}

// ---- 6. Reload, commit, clean up ---------------------------------------------------------

void OperationRun::completeOperation()
{
    if (!m_journaled) {
        // Nothing to change: the plan was empty.
        runInPool(
            [this] {
                finishRecord({});
                audit({});
                return 0;
            },
            [this](int) {
                m_lock.release();
                finish();
            });
        return;
    }
    if (Status stop = cancelled(); !stop)
        return fail(stop.error());
    report(m_progressTotal - PerChange, tr("Reloading %1").arg(m_site.name));
    runInPool([this] { return commit(); },
              [this](const Status& committed) {
                  if (!committed)
                      return fail(committed.error());
                  report(m_progressTotal - PerChange / 2, tr("Cleaning up"));
                  runInPool(
                      [this] {
                          // Committed: the changes stand whatever the clean-up says.
                          (void)Recovery(m_orchestrator->database(), m_orchestrator->audit())
                              .rollForward(m_journal, &m_outcome.warnings);
                          finishRecord({});
                          audit({});
                          return 0;
                      },
                      [this](int) {
                          m_lock.release();
                          storeLicenses();
                      });
              });
}

Status OperationRun::commit()
{
    StateRecorder states(m_orchestrator->database(), m_orchestrator->audit());
    const QString& site = m_site.name;
    const qint64 id = m_record.id;
    m_currentModule.clear();
    if (m_request.kind == OperationRequest::Kind::Uninstall) {
        QStringList modules;
        for (const ModuleChange& c : std::as_const(m_plan.changes))
            modules.append(c.module);
        if (Status removed = m_target->removeFromLock(modules, false); !removed)
            return removed;
        if (Status step = updateJournal(modules.first(), u"unlocked"_s); !step)
            return step;
    }
    for (const ModuleChange& c : std::as_const(m_plan.changes)) {
        if (c.action == Action::Install || c.action == Action::Enable) {
            const QString version
                = (c.action == Action::Install ? c.toVersion : c.fromVersion).toFullString();
            if (Status moved = states.move(site, c.module, ModuleState::Starting, {version, {}, {}, id});
                !moved)
                return moved;
        }
    }
    if (!m_site.reloadCommand.isEmpty()) {
        // Recorded first: if the reload runs and the operation is then undone, the site must
        // be reloaded again to forget what it loaded.
        m_journal.reloadStarted = true;
        if (Status step = updateJournal({}, {}); !step)
            return step;
        if (Status reloaded = SiteReloader::run(m_site.reloadCommand, m_site.path); !reloaded)
            return reloaded;
        FaultInjection::reached("reloaded");
    }
    for (const ModuleChange& c : std::as_const(m_plan.changes)) {
        const QString from = c.fromVersion.isNull() ? QString() : c.fromVersion.toFullString();
        const QString to = c.toVersion.isNull() ? QString() : c.toVersion.toFullString();
        Status moved;
        switch (c.action) {
        case Action::Install:
        case Action::Upgrade:
        case Action::Downgrade:
        case Action::Rollback:
            moved = states.move(site, c.module, ModuleState::Running, {to, {}, {}, id});
            break;
        case Action::Enable:
            moved = states.move(site, c.module, ModuleState::Running, {from, {}, {}, id});
            break;
        case Action::Disable:
            moved = states.move(site, c.module, ModuleState::Installed, {from, {}, {}, id});
            break;
        case Action::Uninstall:
            moved = states.moveAlong(site, c.module, ModuleState::Uninstalling, {from, {}, {}, id});
            break;
        }
        if (!moved)
            return moved;
    }
    for (JournalModule& m : m_journal.modules)
        m.step = u"done"_s;
    if (Status committed = OperationJournalRepository(m_orchestrator->database())
                               .update(m_record.id, u"committed"_s, m_journal.toJson());
        !committed)
        return committed;
    FaultInjection::reached("committed");
    return {};
}

void OperationRun::storeLicenses()
{
    SecretStore* secrets = m_orchestrator->secrets();
    if (m_keysToStore.isEmpty())
        return finish();
    if (!secrets) {
        for (const auto& key : std::as_const(m_keysToStore))
            m_outcome.warnings.append(
                tr("the license key of %1 was not kept: this program runs without a keychain")
                    .arg(key.first));
        return finish();
    }
    auto pending = std::make_shared<int>(int(m_keysToStore.size()));
    for (const auto& key : std::as_const(m_keysToStore)) {
        SecretJob* write = secrets->write(SecretStore::licenseKey(m_site.name, key.first), key.second);
        const QString module = key.first;
        connect(write, &Job::finished, this, [this, write, module, pending] {
            if (write->error().isError())
                m_outcome.warnings.append(tr("the license key of %1 was not kept in the keychain: %2")
                                              .arg(module, write->error().message()));
            if (--*pending == 0)
                finish();
        });
        write->start();
    }
}

// ---- Ending ------------------------------------------------------------------------------

void OperationRun::fail(const Error& error, const QString& module)
{
    if (isFinished())
        return;
    if (m_fetch)
        m_fetch->cancel();
    const QString failedModule = module.isEmpty() ? m_currentModule : module;
    runInPool(
        [this, error, failedModule] {
            Error outcome = error;
            m_outcome.siteUnchanged = true;
            if (m_journaled) {
                Status undone = Recovery(m_orchestrator->database(), m_orchestrator->audit())
                                    .rollBack(m_journal, error, failedModule, &m_outcome.warnings);
                if (!undone) {
                    m_outcome.siteUnchanged = false;
                    // The site could not be put back: the journal stays open for recover().
                    outcome = Error(error.code(), error.message(), error.subject(),
                                    tr("The site could not be put back (%1); run recover.")
                                        .arg(undone.error().toString()));
                }
            }
            finishRecord(outcome);
            audit(outcome);
            return outcome;
        },
        [this](const Error& outcome) {
            m_lock.release();
            finish(outcome);
        });
}

Status OperationRun::loadRecord()
{
    if (!m_record.kind.isEmpty())
        return {};
    // A later attempt knows only the id of the row the first one made.
    auto existing = OperationRepository(m_orchestrator->database()).find(m_record.id);
    if (!existing)
        return existing.error();
    m_record = *existing;
    return {};
}

void OperationRun::finishRecord(const Error& error)
{
    Database& db = m_orchestrator->database();
    OperationRepository operations(db);
    if (m_record.id > 0) {
        if (Status loaded = loadRecord(); !loaded)
            m_outcome.warnings.append(loaded.error().toString());
    }
    m_record.state = error.isError() ? u"failed"_s : u"succeeded"_s;
    m_record.finishedAt = m_orchestrator->clock().now().toUTC();
    m_record.setError(error);
    if (m_record.id == 0) {
        m_record.kind = OperationRequest::kindName(m_request.kind);
        m_record.site = m_request.site;
        QStringList names;
        for (const QString& text : std::as_const(m_request.modules))
            names.append(text.section(u'@', 0, 0));
        m_record.module = names.join(u' ');
        m_record.startedAt = m_record.finishedAt;
        m_record.requestedBy = m_request.requestedBy;
        if (auto created = operations.create(m_record))
            m_record = *created;
        else
            m_outcome.warnings.append(created.error().toString());
    } else if (Status updated = operations.update(m_record); !updated) {
        m_outcome.warnings.append(updated.error().toString());
    }
    m_outcome.operation = m_record;
}

void OperationRun::audit(const Error& error)
{
    AuditLog* log = m_orchestrator->audit();
    if (!log)
        return;
    AuditEvent event;
    event.action = OperationRequest::kindName(m_request.kind);
    event.site = m_request.site;
    event.module = m_record.module;
    event.fromVersion = m_record.fromVersion;
    event.toVersion = m_record.toVersion;
    event.outcome = error.isError() ? AuditRecord::Outcome::Failure : AuditRecord::Outcome::Success;
    QStringList done;
    QJsonArray changes;
    for (const ModuleChange& c : std::as_const(m_plan.changes)) {
        const QString version = (c.toVersion.isNull() ? c.fromVersion : c.toVersion).toFullString();
        done.append(ModuleChange::actionName(c.action) + u' ' + c.module + u' ' + version);
        changes.append(QJsonObject {
            {u"module"_s, c.module},
            {u"action"_s, ModuleChange::actionName(c.action)},
            {u"from_version"_s, c.fromVersion.isNull() ? QString() : c.fromVersion.toFullString()},
            {u"to_version"_s, c.toVersion.isNull() ? QString() : c.toVersion.toFullString()}});
    }
    event.message
        = error.isError() ? error.toString() : (done.isEmpty() ? tr("nothing to do") : done.join(u", "_s));
    event.details = QJsonObject {{u"changes"_s, changes}, {u"attempt"_s, m_attempt}};
    if (error.isError())
        event.details.insert(u"code"_s, Error::codeName(error.code()));
    event.operationId = m_record.id;
    if (auto recorded = log->record(event); !recorded)
        m_outcome.warnings.append(recorded.error().toString());
}

} // namespace ms
