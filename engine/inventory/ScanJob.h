#pragma once

#include "core/Job.h"
#include "inventory/Inventory.h"

namespace ms {

/// A scan of the inventory's apps directories on the thread pool (Inventory::scanJob()).
class ScanJob : public Job
{
    Q_OBJECT

public:
    ScanJob(Inventory& inventory, QStringList dirs, QObject* parent = nullptr);
    void start() override;
    /// Valid once finished without error.
    const Inventory::ScanOutcome& outcome() const { return m_outcome; }

private:
    Inventory& m_inventory;
    QStringList m_dirs;
    Inventory::ScanOutcome m_outcome;
};

} // namespace ms
