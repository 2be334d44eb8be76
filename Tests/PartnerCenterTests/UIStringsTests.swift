import Testing
@testable import PartnerCenter

@Suite struct UIStringsTests {
    let strings = Fixture.strings

    @Test func loadsTheThreeLocales() {
        #expect(strings.locales == [.enUS, .zhCN, .jaJP])
    }

    @Test(arguments: UILocale.supported)
    func everyPageAndControlHasALabel(locale: UILocale) {
        for page in PageID.all {
            #expect(!strings.labels(page.titleStringID, in: locale).isEmpty, "\(page) has no title in \(locale)")
            for control in UIModel.staticControls(of: page) {
                #expect(!strings.labels(control.labelID, in: locale).isEmpty, "\(control.id) has no label in \(locale)")
            }
        }
        for offer in OfferCatalog.allOffers {
            #expect(!strings.labels(offer.id.controlID.rawValue, in: locale).isEmpty, "\(offer.id) has no name in \(locale)")
        }
        for id in PartnerCenterError.allMessageIDs + UIModel.outputLabelIDs {
            #expect(!strings.labels(id, in: locale).isEmpty, "\(id) missing in \(locale)")
        }
    }

    @Test func localesHaveTheSameStrings() {
        let english = strings.stringIDs(in: .enUS)
        #expect(strings.stringIDs(in: .zhCN) == english)
        #expect(strings.stringIDs(in: .jaJP) == english)
    }

    /// The labels the articles write (add-a-new-customer, request-a-relationship-with-a-customer,
    /// create-a-new-subscription and suspend-a-subscription, zh-CN 2017 and ja-JP 2018), by page.
    static let articleLabels: [(PageID, UILocale, [String])] = [
        (.customers, .enUS, ["Dashboard", "Customers", "Add customer", "Request a reseller relationship"]),
        (.customers, .zhCN, ["仪表板", "客户", "添加客户", "请求经销商关系"]),
        (.customers, .jaJP, ["ダッシュボード", "顧客", "顧客の追加", "再販業者関係の要求"]),
        (.addCustomerAccountInfo, .enUS, ["Account info", "Subscriptions", "Review", "Next: Subscriptions"]),
        (.addCustomerAccountInfo, .zhCN, ["帐户信息", "订阅", "审查", "下一步: 订阅"]),
        (.addCustomerAccountInfo, .jaJP, ["アカウント情報", "サブスクリプション", "レビュー", "次へ: サブスクリプション"]),
        (.addCustomerSubscriptions, .enUS, ["Next: Review", "Monthly", "Annual", "Trial Offer no billing"]),
        (.addCustomerSubscriptions, .zhCN, ["下一步: 审查", "下一步：查看", "试用产品/服务不计费"]),
        (.addCustomerSubscriptions, .jaJP, ["次へ: レビュー", "月次", "年次", "試用版プラン"]),
        (.addCustomerReview, .enUS, ["Review", "Edit", "Submit"]),
        (.addCustomerReview, .zhCN, ["审查", "编辑", "提交"]),
        (.addCustomerReview, .jaJP, ["レビュー", "編集", "送信"]),
        (.addCustomerConfirmation, .enUS, ["Done"]),
        (.addCustomerConfirmation, .zhCN, ["完成"]),
        (.addCustomerConfirmation, .jaJP, ["完了"]),
        (.requestRelationship, .enUS, ["Done"]),
        (.requestRelationship, .zhCN, ["完成"]),
        (.requestRelationship, .jaJP, ["完了"]),
        (.customer, .enUS, ["New subscription", "Add subscription", "Request a relationship"]),
        (.customer, .zhCN, ["添加订阅", "请求建立关系"]),
        (.customer, .jaJP, ["新しいサブスクリプション"]),
        (.newSubscription, .enUS, ["Submit", "Monthly", "Annual"]),
        (.newSubscription, .zhCN, ["提交"]),
        (.newSubscription, .jaJP, ["送信", "月次", "年次"]),
        (.subscriptionEdit, .enUS, ["Status", "Suspended", "Active", "Quantity", "Submit"]),
        (.subscriptionEdit, .zhCN, ["状态", "已暂停", "数量", "提交"]),
        (.subscriptionEdit, .jaJP, ["状態", "中断", "数量", "送信", "提出"]),
    ]

    @Test func articleLabelsAreOnTheirPages() {
        for (page, locale, labels) in Self.articleLabels {
            let shown = Set((UIModel.staticControls(of: page).flatMap { strings.labels($0.labelID, in: locale) })
                            + strings.labels(page.titleStringID, in: locale))
            for label in labels {
                #expect(shown.contains(label), "'\(label)' is not on \(page) in \(locale)")
            }
        }
    }

    @Test func alternativesFollowTheCanonicalLabel() {
        #expect(strings.labels("addCustomer.subscriptions.next", in: .zhCN) == ["下一步: 审查", "下一步：查看"])
        #expect(strings.labels("customer.newSubscription", in: .enUS) == ["New subscription", "Add subscription"])
        #expect(strings.labels("customer.newSubscription", in: .jaJP) == ["新しいサブスクリプション", "サブスクリプションの追加"])
        #expect(strings.labels("subscription.edit.submit", in: .jaJP) == ["送信", "提出"])
        #expect(strings.label("addCustomer.review.edit", in: .enUS) == "Edit")
    }

    @Test func messagesAreLocalizedWithTheirArguments() {
        let error = PartnerCenterError.requiredFieldEmpty(field: AccountField.companyName.controlID)
        #expect(strings.message(for: error, in: .enUS) == "Company name is required.")
        #expect(strings.message(for: error, in: .zhCN) == "“公司名称”为必填项。")
        #expect(strings.message(for: error, in: .jaJP) == "[会社名] は必須です。")
        let range = PartnerCenterError.quantityOutOfRange(offer: "office365-e3", quantity: 0, allowed: 1...10_000)
        #expect(strings.message(for: range, in: .zhCN) == "Office 365 企业版 E3：不允许 0 个许可证；请输入 1 到 10000 之间的数字。")
        for id in PartnerCenterError.allMessageIDs {
            for locale in UILocale.supported {
                #expect(!strings.label(id, in: locale).contains("{}"))
            }
        }
    }

    @Test func unknownIDsFallBack() {
        #expect(strings.labels("no.such.control", in: .zhCN).isEmpty)
        #expect(strings.label("no.such.control", in: .zhCN) == "no.such.control")
        #expect(strings.label("dashboard", in: UILocale("fr-FR")) == "Dashboard")
    }

    private func xliff(_ units: String, target: String = "zh-CN") -> [UInt8] {
        Array("""
        <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en-US" trgLang="\(target)">
          <file id="f">\(units)</file>
        </xliff>
        """.utf8)
    }

    @Test func readsGroupsAndAlternatives() throws {
        let table = try UIStrings.parse(xliff("""
            <group id="g"><unit id="a"><segment><source>A</source><target>甲</target></segment></unit></group>
            <unit id="a.alt1" name="a"><notes><note>later wording</note></notes><segment><source>A</source><target>乙</target></segment></unit>
            """), locale: .zhCN)
        #expect(table == ["a": ["甲", "乙"]])
    }

    @Test func refusesMalformedFiles() {
        let cases: [(String, [UInt8])] = [
            ("wrong target language", xliff("<unit id=\"a\"><segment><source>A</source><target>A</target></segment></unit>", target: "ja-JP")),
            ("no target", xliff("<unit id=\"a\"><segment><source>A</source></segment></unit>")),
            ("duplicate id", xliff("""
                <unit id="a"><segment><source>A</source><target>A</target></segment></unit>
                <unit id="a"><segment><source>A</source><target>A</target></segment></unit>
                """)),
            ("orphan alternative", xliff("<unit id=\"b.alt1\" name=\"b\"><segment><source>B</source><target>B</target></segment></unit>")),
            ("not XLIFF 2.0", Array("<xliff version=\"1.2\"/>".utf8)),
            ("DTD", Array("<!DOCTYPE x [<!ENTITY e \"boom\">]><xliff/>".utf8)),
            ("not XML", Array("<xliff".utf8)),
        ]
        for (name, bytes) in cases {
            #expect(throws: UIStringsError.self, "\(name)") { try UIStrings.parse(bytes, locale: .zhCN) }
        }
    }

    @Test func missingDirectoryIsAnError() {
        #expect(throws: UIStringsError.self) { try UIStrings.load(fromDirectory: "/nonexistent/locales") }
    }
}

extension UIStringsTests {
    /// A runner resolves an article's label against the current page: on each page, no two static
    /// controls may share a label in a locale.
    @Test(arguments: UILocale.supported)
    func labelsAreUnambiguousOnEachPage(locale: UILocale) {
        for page in PageID.all {
            var owner: [String: ControlID] = [:]
            for control in UIModel.staticControls(of: page) {
                for label in strings.labels(control.labelID, in: locale) {
                    if let other = owner[label] {
                        Issue.record("'\(label)' labels both \(other) and \(control.id) on \(page) in \(locale)")
                    }
                    owner[label] = control.id
                }
            }
        }
    }

    @Test func errorCodesAndMessagesAreDistinct() {
        let errors: [PartnerCenterError] = [
            .unknownControl("x"), .controlNotOnPage("x", page: .dashboard), .notActivatable("x"), .notAField("x"),
            .submitBeforeReview, .requiredFieldEmpty(field: "x"), .domainPrefixInvalidCharacters(prefix: "x"),
            .domainPrefixInvalidLength(prefix: "x", allowed: 1...2), .domainTaken(domain: "x"), .invalidEmail("x"),
            .invalidCountry("x"), .quantityNotANumber("x"), .quantityOutOfRange(offer: "x", quantity: 0, allowed: 1...2),
            .offerNotAvailable(offer: "x"), .offerNotSelected(offer: "x"),
            .billingFrequencyNotOffered(offer: "x", frequency: .annual), .offerLimitedToOnePerCustomer(offer: "x"),
            .noOfferChosen, .addOnExceedsBase(offer: "x", quantity: 2, base: 1), .subscriptionSuspended,
            .subscriptionDataDeleted, .unknownCustomer, .unknownSubscription, .invalidInvitationLink("x"), .storeFailure("x"),
        ]
        #expect(Set(errors.map(\.code)).count == errors.count)
        #expect(Set(errors.map(\.messageID)) == Set(PartnerCenterError.allMessageIDs))
        for error in errors {
            for locale in UILocale.supported {
                let message = strings.message(for: error, in: locale)
                #expect(!message.contains("{") && !message.contains("error."), "\(error.messageID) in \(locale): \(message)")
            }
        }
    }
}
