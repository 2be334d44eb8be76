// Writes to a Partner Center SQLite store in a loop until it is killed: the child process of
// PartnerCenterTests' kill test. Usage: PartnerCenterStoreWriter STORE-PATH SEED
// Prints "ready" once the first customer is committed, then keeps adding customers (each with
// subscriptions, through the whole Add customer wizard) and suspending subscriptions.
import Foundation
import PartnerCenter

let arguments = CommandLine.arguments
guard arguments.count == 3, let seed = UInt64(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: PartnerCenterStoreWriter STORE-PATH SEED\n".utf8))
    exit(2)
}

let repository: SQLiteCustomerRepository
do {
    repository = try SQLiteCustomerRepository(path: arguments[1])
} catch {
    FileHandle.standardError.write(Data("cannot open the store: \(error)\n".utf8))
    exit(1)
}
let partner = PartnerAccount(id: PartnerID("writer"), name: "Writer", cloud: .worldwide, type: .direct)
let random = RandomSource.seeded(seed)
let session = PartnerCenterSession(partner: partner, repository: repository, strings: UIStrings(table: [:]),
                                   random: random)
let offers: [OfferID] = ["office365-e1", "office365-e3", "office365-business", "microsoft-azure", "office365-e5"]

var count = 0
while true {
    do {
        try session.activate(UIModel.customersMenuItem)
        try session.activate(UIModel.addCustomer)
        let values: [AccountField: String] = [
            .companyName: "Company \(seed)-\(count)", .addressLine1: "1 Main St", .city: "Redmond",
            .postalCode: "98052", .country: "US", .firstName: "Ada", .lastName: "Lovelace",
            .email: "ada@example.com", .phone: "+1 425 555 0100", .domainPrefix: "w\(seed)x\(count)",
        ]
        for (field, value) in values { try session.enter(value, into: field.controlID) }
        try session.activate(UIModel.accountInfoNext)
        for offer in offers { try session.choose(offer) }
        try session.setQuantity(Int(random.next() % 50) + 1, for: "office365-e3")
        try session.activate(UIModel.subscriptionsNext)
        guard case .customerCreated(let confirmation) = try session.activate(UIModel.reviewSubmit) else { exit(3) }
        try session.activate(UIModel.confirmationDone)
        // Suspend one of its subscriptions: an update transaction.
        try session.activate(ControlID(UIModel.customerRowPrefix + confirmation.customer.id.description))
        try session.activate(ControlID(UIModel.subscriptionRowPrefix + confirmation.subscriptions[0].id.description))
        try session.activate(UIModel.editStatusSuspended)
        try session.activate(UIModel.editSubmit)
    } catch {
        FileHandle.standardError.write(Data("write failed: \(error)\n".utf8))
        exit(1)
    }
    count += 1
    if count == 1 {
        print("ready")
        fflush(stdout)
    }
}
