import SideBySide
@testable import SxsProcedures
import Testing

@Suite struct ProcedureExtractorTests {
    @Test func titleAppliesToContextStepsAndResult() throws {
        let document = Article.sxs(locale: "zh-CN", """
        # {{新客户|New customer}}

        **{{适用于|Applies to}}**

        -  {{合作伙伴中心|Partner Center}}
        -  {{德国 Microsoft 云合作伙伴中心|Partner Center for Microsoft Cloud Germany}}

        {{你需要先创建客户。|You need to create a customer first.}}

        **{{添加新客户|Add a new customer}}**

        {{开始之前阅读此内容。|Read this before you start.}}

        1.  {{选择**客户**。|Select **Customers**.}}
        2.  {{选择**完成**。|Select **Done**.}}

        {{稍后审查客户数据。|Review the customer data later.}}

        """)
        for side in ProcedureSide.allCases {
            let procedures = try Repository.procedures(document, side: side).procedures
            #expect(procedures.count == 1)
            let procedure = try #require(procedures.first)
            #expect(procedure.title?.plainText == (side == .target ? "添加新客户" : "Add a new customer"))
            #expect(procedure.appliesTo.map(\.cloud) == ["partner-center", "germany"])
            #expect(procedure.context.map(\.plainText) == [side == .target ? "开始之前阅读此内容。" : "Read this before you start."])
            #expect(procedure.steps.map(\.number) == [1, 2])
            #expect(procedure.result.count == 1)
        }
    }

    @Test func listSplitByANoteIsOneProcedureWithTheNoteOnTheStep() throws {
        // The shape of content/en-US/create-a-new-subscription.md: a note at column 2 ends the list.
        let document = SxsParser().parse(bytes: Array("""
        **Create a new subscription**

        1.  Select **New subscription**.

        2.  Select the type of subscription billing you want to use.

         >**Note**<br> You can offer a free trial.


        3. Check the subscription you want to add and enter the number of licenses.

        >**Important**<br>
        Suspended subscriptions expire.

        """.utf8), path: "content/en-US/x.md")
        let article = try Repository.procedures(document, side: .target)
        #expect(article.locale == "en-US")
        let procedure = try #require(article.procedures.first)
        #expect(article.procedures.count == 1)
        #expect(procedure.steps.map(\.number) == [1, 2, 3])
        #expect(procedure.steps[1].notes.map(\.kind) == ["NOTE"])
        #expect(procedure.steps[1].notes.first?.paragraphs.first?.plainText == "You can offer a free trial.")
        #expect(procedure.notes.map(\.kind) == ["IMPORTANT"])
    }

    @Test func quoteWithABoldAlertWordAroundAPairIsANote() throws {
        let document = Article.sxs(locale: "ja-JP", "1.  {{**[完了]** を選びます。|Select **Done**.}}\n\n >**{{注|Note}}**<br> {{試用版を提供できます。|You can offer a trial.}}\n\n\n2.  {{**[送信]** を選びます。|Select **Submit**.}}\n")
        let procedure = try #require(try Repository.procedures(document, side: .target).procedures.first)
        #expect(procedure.steps.count == 2)
        #expect(procedure.steps[0].notes.map(\.kind) == ["NOTE"])
        #expect(procedure.steps[0].notes.first?.paragraphs.first?.plainText == "試用版を提供できます。")
    }

    @Test func furtherParagraphOpeningWithABoldAlertWordIsANoteWithoutActions() throws {
        // zh-CN-2017 create-a-new-subscription.md, step 1 of its second procedure (segments b7670-120…122).
        let document = Article.sxs(locale: "zh-CN", "1.  {{选择 **Microsoft Azure 管理门户**。|Select **Microsoft Azure Management Portal**.}}\n\n    **{{注意|Note}}** {{如果提示登录 Azure 门户，请选择**请求建立关系**。|If you are prompted to log on to the Azure Portal, select **Request a relationship**.}}\n\n2.  {{选择**提交**。|Select **Submit**.}}\n")
        for side in [ProcedureSide.target, .source] {
            let step = try #require(try Repository.procedures(document, side: side).procedures.first?.steps.first)
            #expect(step.notes.map(\.kind) == ["NOTE"])
            #expect(step.info.isEmpty)
            // The note's "log on" and "Request a relationship" are what to do if something goes wrong, not steps.
            #expect(step.actions.map(\.kind) == [.select])
            #expect(step.actions.first?.ui?.label == (side == .target ? "Microsoft Azure 管理门户" : "Microsoft Azure Management Portal"))
        }
        let note = try #require(try Repository.procedures(document, side: .target).procedures.first?.steps.first?.notes.first)
        #expect(note.paragraphs.first?.plainText.hasPrefix("如果提示登录") == true)
    }

    @Test func substepsChoicesInfoAndResult() throws {
        let document = SxsParser().parse(bytes: Array("""
        ## Assign a role

        1.  Select **Users**.

            The list of users appears.

            Pick one of:

            - **Admin agent**
            - **Sales agent**

        2.  Set the user's roles:
            1. Select **Edit**.
            2. Select **Save**.

        """.utf8), path: "content/en-US/y.md")
        let procedure = try #require(try Repository.procedures(document, side: .source).procedures.first)
        #expect(procedure.title?.plainText == "Assign a role")
        let first = procedure.steps[0]
        #expect(first.result.map(\.plainText) == ["The list of users appears."])
        #expect(first.info.map(\.plainText) == ["Pick one of:"])
        #expect(first.choices.map(\.plainText) == ["Admin agent", "Sales agent"])
        #expect(procedure.steps[1].substeps.map(\.number) == [1, 2])
        #expect(procedure.steps[1].substeps.map { $0.actions.compactMap(\.ui?.label) } == [["Edit"], ["Save"]])
        #expect(procedure.allSteps.count == 4)
    }

    /// `allSteps` returns the steps themselves when none has substeps: the same as a depth-first walk, with substeps or without.
    @Test func allStepsIsTheDepthFirstWalk() throws {
        func walk(_ steps: [ProcedureStep]) -> [ProcedureStep] { steps.flatMap { [$0] + walk($0.substeps) } }
        var checked = (flat: 0, nested: 0)
        for document in try Self.documentsWithEveryKindOfStep() {
            for side in ProcedureSide.allCases {
                guard let locale = ProcedureExtractor.locale(of: document, side: side),
                      let patterns = try? Repository.patterns(locale) else { continue }
                for procedure in ProcedureExtractor(side: side, patterns: patterns).procedures(in: document) {
                    #expect(procedure.allSteps == walk(procedure.steps), "\(document.path) \(side)")
                    if procedure.steps.contains(where: { !$0.substeps.isEmpty }) { checked.nested += 1 } else { checked.flat += 1 }
                }
            }
        }
        #expect(checked.flat > 0 && checked.nested > 0)
    }

    @Test func severalProceduresEachWithTheirTitle() throws {
        let document = try Repository.content("ja-JP", "create-a-new-subscription")
        let procedures = try Repository.procedures(document, side: .target).procedures
        #expect(procedures.map { $0.title?.plainText } == ["新しいサブスクリプションを作成する", "サブスクリプションの中断"])
        #expect(procedures.map(\.steps.count) == [7, 4])
        #expect(procedures[0].steps[2].notes.count == 1)
    }

    @Test func localeOfEachSide() throws {
        let sxs = Article.sxs(locale: "zh-CN", "1.  {{选择**客户**。|Select **Customers**.}}\n")
        #expect(ProcedureExtractor.locale(of: sxs, side: .target) == "zh-CN")
        #expect(ProcedureExtractor.locale(of: sxs, side: .source) == "en-US")
        let english = try Repository.content("en-US", "add-a-new-customer")
        // Its front matter says ja-JP (kept from the translation), its folder en-US: the text is English.
        #expect(english.frontMatter?.contentLocale == "ja-JP")
        #expect(ProcedureExtractor.locale(of: english, side: .target) == "en-US")
        #expect(LocaleName.inPath("/corpus/ja-JP-2018/partner-center/a.md") == "ja-JP")
        #expect(LocaleName.inPath("/corpus/partner-center/a.md") == nil)
    }

    /// Each procedure's range, and each of its steps (substeps included) as number and range.
    static func outline(_ procedures: [Procedure]) -> [String] {
        procedures.map { procedure in
            "\(procedure.range.start.offset)-\(procedure.range.end.offset): "
                + procedure.allSteps.map { "\($0.number)@\($0.range.start.offset)-\($0.range.end.offset)" }.joined(separator: " ")
        }
    }

    /// The content articles, and one with the step shapes an outline must get right.
    static func documentsWithEveryKindOfStep() throws -> [SxsDocument] {
        var documents = try Repository.localesOfContent.flatMap { locale in
            try Repository.articles.map { try Repository.content(locale, $0) }
        }
        // A quote in a step that is a note (its list is no substep) and one that is not; bold titles and a result
        // between lists; a heading inside a step.
        documents.append(Article.sxs(locale: "ja-JP", """
        **{{作成|Create}}**

        1.  {{**[完了]** を選びます。|Select **Done**.}}

            > **{{注|Note}}**<br> {{試用版。|A trial.}}
            >
            > 1. {{一|One}}
            > 2. {{二|Two}}

        2.  {{**[送信]** を選びます。|Select **Submit**.}}

            > {{引用|Quoted}}
            >
            > 1. {{三|Three}}

            ### {{見出し|Heading}}

        {{結果|Result}}

        3.  {{**[閉じる]** を選びます。|Select **Close**.}}

        **{{削除|Delete}}**

        4.  {{**[削除]** を選びます。|Select **Delete**.}}
        5.  {{終わり|End}}
        6.  {{**[保存]** を選びます。|Select **Save**.}}

            {{次に **[確認]** を選びます。|Then select **Confirm**.}}

        """))
        return documents
    }

    /// An outline has the procedures and steps of a full reading: procedure-mismatch counts on it.
    @Test func outlineHasTheProceduresAndStepsOfAFullReading() throws {
        var outlines = 0
        for document in try Self.documentsWithEveryKindOfStep() {
            for side in ProcedureSide.allCases {
                guard let locale = ProcedureExtractor.locale(of: document, side: side) else { continue }
                let patterns = try Repository.patterns(locale)
                let full = ProcedureExtractor(side: side, patterns: patterns).procedures(in: document)
                let outline = ProcedureExtractor(side: side, patterns: patterns, detail: .steps).procedures(in: document)
                #expect(Self.outline(outline) == Self.outline(full), "\(document.path) \(side)")
                #expect(outline.allSatisfy { $0.title == nil && $0.allSteps.allSatisfy(\.actions.isEmpty) })
                outlines += full.count
            }
        }
        #expect(outlines > 10)
    }

    /// Reading step actions gives the procedures and actions of an actions reading, without titles or step
    /// text: procedure-mismatch reads the source so.
    @Test func stepActionsAreAnActionsReadingWithoutText() throws {
        var recognised = 0
        for document in try Self.documentsWithEveryKindOfStep() {
            for side in ProcedureSide.allCases {
                guard let locale = ProcedureExtractor.locale(of: document, side: side) else { continue }
                let patterns = try Repository.patterns(locale)
                let actions = ProcedureExtractor(side: side, patterns: patterns, detail: .actions).procedures(in: document)
                let stepActions = ProcedureExtractor(side: side, patterns: patterns, detail: .stepActions).procedures(in: document)
                #expect(stepActions == actions.map(Self.withoutText), "\(document.path) \(side)")
                recognised += actions.flatMap(\.allSteps).count { $0.isRecognised && !$0.info.isEmpty }
            }
        }
        #expect(recognised > 2)
    }

    /// A procedure without its title, and its steps (substeps included) without command and information.
    static func withoutText(_ procedure: Procedure) -> Procedure {
        func withoutText(_ step: ProcedureStep) -> ProcedureStep {
            var step = step
            step.command = ProcedureText(inlines: [], range: step.range, segments: [])
            step.info = []
            step.substeps = step.substeps.map(withoutText)
            return step
        }
        var procedure = procedure
        procedure.title = nil
        procedure.steps = procedure.steps.map(withoutText)
        return procedure
    }
}

