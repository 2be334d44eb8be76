import SxsMemory
import Testing

@Suite struct FuzzyScoreTests {
    @Test func identicalTextsScore100() {
        #expect(FuzzyScore("From the **Dashboard** menu, select Customers.", "From the **Dashboard** menu, select Customers.").value == 100)
        // Case, spacing and typographic quotes are normalised away, as for exact matches.
        #expect(FuzzyScore("After you’ve  reviewed it", "after you've reviewed it").value == 100)
    }

    @Test func oneWordChangedInNScoresByTheShareChanged() {
        // 10 tokens, one substituted: 100 × 9/10.
        #expect(FuzzyScore("one two three four five six seven eight nine ten", "one two three four five six seven eight nine eleven").value == 90)
        // 4 tokens (3 words and the full stop), one changed: 100 × 3/4.
        #expect(FuzzyScore("Select the subscription.", "Select the customer.").value == 75)
        // One word inserted into 8 tokens: distance 1 over the longer 9.
        #expect(FuzzyScore("Select the customer and then select Next .", "Select the new customer and then select Next .").value == 88)
    }

    @Test func punctuationCountsAsATokenOfItsOwn() {
        #expect(FuzzyScore.tokens("select **next: review**.") == ["select", "*", "*", "next", ":", "review", "*", "*", "."])
        #expect(FuzzyScore("Select Customers", "Select Customers.").value == 66)
    }

    @Test func reorderedWordsCostOneSubstitutionEach() {
        // Two tokens swapped: two substitutions in four tokens.
        #expect(FuzzyScore("Partner Center Germany cloud", "Partner Center cloud Germany").value == 50)
        // Fully reversed: only the middle token stays in place.
        #expect(FuzzyScore("a b c d e", "e d c b a").value == 20)
    }

    @Test func emptyTexts() {
        #expect(FuzzyScore("", "").value == 100)
        #expect(FuzzyScore("", "Add a new customer").value == 0)
        #expect(FuzzyScore("Add a new customer", "   ").value == 0)
    }

    @Test func cjkIsComparedCharacterByCharacter() {
        #expect(FuzzyScore.tokens("选择客户。") == ["选", "择", "客", "户", "。"])
        #expect(FuzzyScore.tokens("パートナー センター") == ["パ", "ー", "ト", "ナ", "ー", "セ", "ン", "タ", "ー"])
        // One character of five changed: 100 × 4/5.
        #expect(FuzzyScore("选择客户。", "选择订户。").value == 80)
        #expect(FuzzyScore("从仪表板菜单中，选择客户。", "从仪表板菜单中，选择客户。").value == 100)
        // Latin words inside CJK text stay whole.
        #expect(FuzzyScore.tokens("Azure AD域") == ["Azure", "AD", "域"])
    }

    @Test func wordCountsForLeverage() {
        #expect(MatchText(plain: "On the Account info page, select Next: Subscriptions.").wordCount == 8)
        #expect(MatchText(plain: "choose the correct offer(s) — then add-on licenses").wordCount == 7)
        #expect(MatchText(plain: "选择客户").wordCount == 4)
    }

    @Test func markdownIsReadAsPlainTextForKeys() {
        let text = MatchText(markdown: "From the **Dashboard** menu, select [Customers](customers.md) &amp; `code`.")
        #expect(text.plain == "From the Dashboard menu, select Customers & code.")
        #expect(text.key == "from the dashboard menu, select customers & code.")
        #expect(MatchText(markdown: "  Add   a new\ncustomer ").key == "add a new customer")
    }
}
