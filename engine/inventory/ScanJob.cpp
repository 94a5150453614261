#include "inventory/ScanJob.h"

namespace ms {

ScanJob::ScanJob(Inventory& inventory, QStringList dirs, QObject* parent)
    : Job(parent)
    , m_inventory(inventory)
    , m_dirs(std::move(dirs))
{
}

void ScanJob::start()
{
    Q_EMIT progress(0, 0, tr("Scanning sites"));
    runInPool([this] { return m_dirs.isEmpty() ? m_inventory.rescan() : m_inventory.addAndScan(m_dirs); },
              [this](const Result<Inventory::ScanOutcome>& outcome) {
                  if (!outcome)
                      return finish(outcome.error());
                  m_outcome = *outcome;
                  finish();
              });
}

} // namespace ms
