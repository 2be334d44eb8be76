import Foundation
import PartnerCenter

/// Complete Add customer wizards per second: in memory (over at least one second of work) and with
/// the SQLite store (one transaction per Submit), returned as report lines.
///
/// Each wizard is what a user does: Customers, Add customer, eleven fields, Next: Subscriptions,
/// one offer and its quantity, Next: Review, Submit, Done; all rules checked, a new customer with
/// its admin user, temporary password, relationship, administrators and subscription each time.
func domainBenchmarkLines(scratchDirectory: String) -> [String] {
    var lines: [String] = []
    do {
        let memory = try measureWizards(repository: InMemoryCustomerRepository(), minimumSeconds: 1.0, maximumWizards: .max)
        lines.append("domain: \(memory.count) add-customer wizards in memory in \(format(memory.seconds)) s: "
                     + "\(Int(Double(memory.count) / memory.seconds)) wizards/s (target >= 50000/s); "
                     + "\(Int(Double(memory.count) / memory.cpuSeconds)) per CPU-second")
        try FileManager.default.createDirectory(atPath: scratchDirectory, withIntermediateDirectories: true)
        let path = (scratchDirectory as NSString).appendingPathComponent("domain-benchmark-\(getpid()).sqlite")
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let sqlite = try measureWizards(repository: try SQLiteCustomerRepository(path: path), minimumSeconds: 1.0,
                                        maximumWizards: 20_000)
        lines.append("domain: \(sqlite.count) add-customer wizards with the SQLite store in \(format(sqlite.seconds)) s: "
                     + "\(Int(Double(sqlite.count) / sqlite.seconds)) wizards/s (one transaction each, WAL); "
                     + "\(Int(Double(sqlite.count) / sqlite.cpuSeconds)) per CPU-second")
    } catch {
        lines.append("domain: benchmark failed: \(error)")
    }
    return lines
}

private func format(_ seconds: Double) -> String { String(format: "%.2f", seconds) }

/// The CPU time of the calling thread: on a busy machine, wall time also counts other processes.
private func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

private func measureWizards(repository: any CustomerRepository, minimumSeconds: Double,
                            maximumWizards: Int) throws -> (count: Int, seconds: Double, cpuSeconds: Double) {
    let partner = PartnerAccount(id: PartnerID("benchmark-partner"), name: "Benchmark", cloud: .worldwide, type: .direct)
    let session = PartnerCenterSession(partner: partner, repository: repository, strings: UIStrings(table: [:]))
    let fixed: [(ControlID, String)] = [
        (AccountField.companyName.controlID, "Wingtip Toys"), (AccountField.addressLine1.controlID, "1 Microsoft Way"),
        (AccountField.city.controlID, "Redmond"), (AccountField.stateOrProvince.controlID, "WA"),
        (AccountField.postalCode.controlID, "98052"), (AccountField.country.controlID, "US"),
        (AccountField.firstName.controlID, "Ada"), (AccountField.lastName.controlID, "Lovelace"),
        (AccountField.email.controlID, "ada@wingtiptoys.com"), (AccountField.phone.controlID, "+1 425 555 0100"),
    ]
    let domainField = AccountField.domainPrefix.controlID
    let offer: OfferID = "office365-e3"
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = threadCPUSeconds()
    var count = 0
    var elapsed = 0.0
    while elapsed < minimumSeconds && count < maximumWizards {
        for _ in 0..<100 where count < maximumWizards {
            try session.activate(UIModel.customersMenuItem)
            try session.activate(UIModel.addCustomer)
            for (field, value) in fixed { try session.enter(value, into: field) }
            try session.enter("bench\(count)", into: domainField)
            try session.activate(UIModel.accountInfoNext)
            try session.choose(offer)
            try session.setQuantity(count % 100 + 1, for: offer)
            try session.activate(UIModel.subscriptionsNext)
            try session.activate(UIModel.reviewSubmit)
            try session.activate(UIModel.confirmationDone)
            count += 1
        }
        elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
    return (count, elapsed, max(threadCPUSeconds() - cpuStart, 1e-9))
}
