import Foundation
import Testing
@testable import SxsRunner

/// Copies of a shipped article with one mistake each: every one fails, saying precisely where and why.
@Suite struct MutationTests {
    static let english = "en-US/add-a-new-customer.md"
    static let japanese = "ja-JP/add-a-new-customer.md"

    func failure(of text: String, at path: String, cloud: ProductCloud = .worldwide) throws -> RunFailure {
        let article = try Shipped.article(text, at: path)
        let run = article.run(cloud: cloud, factory: Shipped.product)
        return try #require(run.failure)
    }

    func replacing(_ old: String, _ new: String, in path: String) -> String {
        let text = Shipped.text(path)
        precondition(text.contains(old), "\(old) not in \(path)")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// The lines of `path` with the list items starting with `first` and `second` swapped, or with `first` removed.
    func editingSteps(_ path: String, swap first: String, with second: String?) -> String {
        var lines = Shipped.text(path).components(separatedBy: "\n")
        let i = lines.firstIndex { $0.hasPrefix(first) }!
        if let second {
            let j = lines.firstIndex { $0.hasPrefix(second) }!
            lines.swapAt(i, j)
        } else {
            lines.remove(at: i)
        }
        return lines.joined(separator: "\n")
    }

    @Test func theUnmutatedCopyPasses() throws {
        let run = try Shipped.article(Shipped.text(Self.english), at: Self.english).run(cloud: .worldwide, factory: Shipped.product)
        #expect(run.passed)
    }

    @Test func wrongLabel() throws {
        let failure = try failure(of: replacing("**Add customer**", "**Add client**", in: Self.english), at: Self.english)
        #expect(failure.article == "content/en-US/add-a-new-customer.md" && failure.locale == "en-US")
        #expect(failure.step == 1 && failure.stepText.hasPrefix("From the Dashboard menu"))
        #expect(failure.label == "Add client")
        #expect(failure.offered.contains("Add customer") && failure.offered.contains("Request a reseller relationship"))
        #expect(failure.nearest == "Add customer")
        #expect(failure.description.contains("step 1 “From the Dashboard menu, select Customers. Then select Add client.”"))
        #expect(failure.description.contains("label as written: “Add client”") && failure.description.contains("nearest: “Add customer”"))
    }

    @Test func missingStep() throws {
        let failure = try failure(of: editingSteps(Self.english, swap: "2.  On the **Account info**", with: nil), at: Self.english)
        // The list is renumbered by Markdown: the step the reader sees second.
        #expect(failure.step == 2 && failure.stepText.hasPrefix("On the Subscriptions page"))
        #expect(failure.label == "Subscriptions")
        #expect(failure.offered.contains("Account info"))
        #expect(failure.message.contains("the current page is “Account info”"))
    }

    @Test func swappedSteps() throws {
        let text = editingSteps(Self.english, swap: "2.  On the **Account info**", with: "3.  On the **Subscriptions**")
        let failure = try failure(of: text, at: Self.english)
        #expect(failure.stepText.hasPrefix("On the Subscriptions page"))
        #expect(failure.label == "Subscriptions" && failure.nearest == "Account info")
    }

    @Test func labelFromAnotherLocale() throws {
        let failure = try failure(of: replacing("**[顧客の追加]**", "**[Add customer]**", in: Self.japanese), at: Self.japanese)
        #expect(failure.locale == "ja-JP" && failure.step == 1)
        #expect(failure.label == "Add customer")
        #expect(failure.offered.contains("顧客の追加"))
        #expect(!failure.offered.contains("Add customer"))
    }

    @Test func pageNameChanged() throws {
        let failure = try failure(of: replacing("**Account info**", "**Account details**", in: Self.english), at: Self.english,
                                  cloud: .germany)
        #expect(failure.cloud == .germany && failure.step == 2)
        #expect(failure.label == "Account details" && failure.nearest == "Account info")
        #expect(failure.message.contains("not on the page “Account details”"))
    }

    @Test func stepWithoutActionFails() throws {
        let step5 = Shipped.text(Self.english).components(separatedBy: "\n").first { $0.hasPrefix("5.  ") }!
        let text = replacing(step5, "5.  Breathe deeply.", in: Self.english)
        let failure = try failure(of: text, at: Self.english)
        #expect(failure.step == 5 && failure.stepText == "Breathe deeply.")
        #expect(failure.message == "no action recognised in the step, and it is not marked informational")
    }
}
