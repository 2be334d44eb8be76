import Foundation
import Testing
@testable import PartnerCenter

@Suite struct RandomSourceTests {
    @Test func seededSourcesRepeat() {
        let a = RandomSource.seeded(7), b = RandomSource.seeded(7)
        #expect(a.uuid() == b.uuid())
        #expect(a.temporaryPassword() == b.temporaryPassword())
    }

    @Test func uuidsAreVersion4() {
        let uuid = RandomSource.system().uuid().uuidString
        #expect(Array(uuid)[14] == "4")
        #expect("89AB".contains(Array(uuid)[19]))
    }

    @Test func temporaryPasswordsAreComplex() {
        let source = RandomSource.system()
        var seen: Set<String> = []
        for _ in 0..<200 {
            let password = source.temporaryPassword()
            #expect(password.count == 12)
            #expect(password.contains(where: \.isUppercase) && password.contains(where: \.isLowercase)
                    && password.contains(where: \.isNumber))
            seen.insert(password)
        }
        #expect(seen.count == 200)
    }
}
