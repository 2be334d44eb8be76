import Testing
@testable import SxsRunner

@Suite struct ScenarioTests {
    @Test func loadsTheShippedScenarios() throws {
        let library = Shipped.library
        #expect(library.scenarios.count == 3)
        let add = try #require(library.scenario(assetID: "4f53dfaf-1792-4e91-bbeb-e9a65026a81c", path: "x.md"))
        #expect(add.values["addCustomer.accountInfo.domainPrefix"] == "fabrikam")
        #expect(add.inputs(for: .germany).outputs["output.adminUserName"] == #"^admin@fabrikam\.onmicrosoft\.de$"#)
        #expect(add.inputs(for: .worldwide).outputs["output.adminUserName"] == #"^admin@fabrikam\.onmicrosoft\.com$"#)
        let create = try #require(library.scenario(assetID: "E95F1538-60E1-464C-B72B-52764BF3A820", path: ""))
        #expect(create.setup.customers.first?.subscriptions == [Scenario.Subscription(offer: "office365-e1", quantity: 10, billing: "monthly")])
    }

    @Test func foundByFileNameWithoutAssetID() throws {
        let scenario = try Scenario.parse("article: my-article.md\nchoose: [a]\n", path: "s.yml")
        #expect(scenario.article == "my-article.md" && scenario.choose == ["a"])
    }

    @Test(arguments: [
        ("title: x\n", "missing 'article'"),
        ("article: a\nfoo: 1\n", "unknown key 'foo'"),
        ("article: a\nclouds: {mars: {}}\n", "unknown cloud 'mars'"),
        ("article: a\noutputs: {x: '(('}\n", "outputs.x: invalid regular expression"),
        ("article: a\nchoose: 3\n", "wrong type at choose"),
        ("- a\n", "a scenario is a YAML mapping"),
        ("article: '  '\n", "'article' is empty"),
        ("article: a\nsetup: {customers: [{fields: {}, subscriptions: [{offer: e1, quantity: 0}]}]}\n", "quantity 0"),
    ])
    func validationErrors(yaml: String, message: String) {
        #expect {
            _ = try Scenario.parse(yaml, path: "bad.yml")
        } throws: { error in
            guard let error = error as? ScenarioError else { return false }
            return error.path == "bad.yml" && error.message.contains(message)
        }
    }

    @Test func missingFile() {
        #expect(throws: ScenarioError.self) { _ = try Scenario.load(path: "/no/such/scenario.yml") }
    }
}
