import Foundation
import Testing
@testable import PartnerCenter

@Suite struct SQLiteCustomerRepositoryTests {
    @Test func keepsEverythingAcrossReopening() throws {
        let path = try Fixture.temporaryDirectory().appendingPathComponent("store.sqlite").path
        let snapshot: StoreSnapshot
        do {
            let repository = try SQLiteCustomerRepository(path: path)
            let session = Fixture.session(repository: repository)
            let created = try Fixture.addCustomer(session, prefix: "persisted", offers: [("office365-e3", 4), ("microsoft-azure", 1)])
            try Fixture.openSubscription(session, created.subscriptions[0])
            try session.activate(UIModel.editStatusSuspended)
            try session.activate(UIModel.editSubmit)
            try ResellerInvitation(partner: Fixture.fabrikam).accept(
                by: CustomerTenant(domain: created.customer.domain, company: created.customer.company,
                                   primaryContact: created.customer.primaryContact),
                grantingAdministrationOf: [.azure], repository: repository, now: Fixture.start, random: .seeded(5))
            snapshot = try repository.snapshot()
        }
        let reopened = try SQLiteCustomerRepository(path: path)
        #expect(try reopened.snapshot() == snapshot)
        #expect(try reopened.integrityCheck() == ["ok"])
        #expect(snapshot.subscriptions.contains { $0.status == .suspended })
        // The reopened store still refuses the taken domain.
        let session = Fixture.session(repository: reopened, seed: 99)
        try Fixture.openWizard(session, prefix: "persisted")
        #expect(throws: PartnerCenterError.domainTaken(domain: "persisted.onmicrosoft.com")) {
            try session.activate(UIModel.accountInfoNext)
        }
    }

    @Test func anUnwritableStoreIsAnError() {
        #expect(throws: StoreError.self) { try SQLiteCustomerRepository(path: "/nonexistent/dir/store.sqlite") }
    }

    /// The directory of the built products (where `swift build` puts PartnerCenterStoreWriter):
    /// the test bundle's directory on macOS, the test executable's on Linux.
    static func productsDirectory() -> URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        #endif
        if let executable = Bundle.main.executableURL {
            return executable.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    }

    @Test(.timeLimit(.minutes(2)))
    func aProcessKilledMidWriteLeavesTheStoreIntact() async throws {
        let writer = Self.productsDirectory().appendingPathComponent("PartnerCenterStoreWriter")
        try #require(FileManager.default.isExecutableFile(atPath: writer.path),
                     "build the PartnerCenterStoreWriter product first (swift build): not at \(writer.path)")
        let path = try Fixture.temporaryDirectory().appendingPathComponent("killed.sqlite").path
        var previousCount = 0
        for round in 1...3 {
            let process = Process()
            process.executableURL = writer
            process.arguments = [path, String(round)]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            // Wait until it has committed a first customer, then let it write for a while.
            let ready = output.fileHandleForReading.availableData
            #expect(String(decoding: ready, as: UTF8.self).contains("ready"), "the writer did not start")
            try await Task.sleep(for: .milliseconds(Int.random(in: 150...400)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)

            let reopened = try SQLiteCustomerRepository(path: path)
            #expect(try reopened.integrityCheck() == ["ok"])
            let snapshot = try reopened.snapshot()
            checkInvariants(snapshot)
            #expect(snapshot.customers.count > previousCount, "round \(round) wrote nothing")
            // Every customer was committed whole: its relationship, administrators and subscriptions.
            let subscriptionsPerCustomer = Dictionary(grouping: snapshot.subscriptions, by: \.customerID)
            for customer in snapshot.customers {
                #expect(subscriptionsPerCustomer[customer.id]?.count == 5)
                #expect(snapshot.serviceAdministrators.filter { $0.customerID == customer.id }.count == Service.allCases.count)
            }
            previousCount = snapshot.customers.count
        }
    }
}
