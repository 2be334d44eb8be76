/// An element of an XML document read by ``XMLReader``: a value, detached from libxml2.
public struct XMLElement: Sendable, Hashable {
    /// The local name (`unit`, `segment`), without a namespace prefix.
    public var name: String
    /// The namespace URI, if the element has one.
    public var namespace: String?
    /// The attributes in document order (local names).
    public var attributes: [XMLAttribute]
    /// Elements and text, in document order.
    public var children: [XMLContent]
    /// The 1-based line the element starts on.
    public var line: Int

    public init(name: String, namespace: String? = nil, attributes: [XMLAttribute] = [],
                children: [XMLContent] = [], line: Int = 0) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The value of the attribute with local name `name`.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The child elements, in order.
    public var elements: [XMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The child elements called `name`.
    public func elements(named name: String) -> [XMLElement] {
        elements.filter { $0.name == name }
    }

    /// The first child element called `name`.
    public func element(named name: String) -> XMLElement? {
        elements.first { $0.name == name }
    }

    /// All text below this element, concatenated.
    public var text: String {
        children.map { child in
            switch child {
            case .text(let text): text
            case .element(let element): element.text
            }
        }.joined()
    }
}

/// One attribute of an ``XMLElement``.
public struct XMLAttribute: Sendable, Hashable {
    /// The local name.
    public var name: String
    /// The namespace URI (e.g. `xml:lang` has the XML namespace).
    public var namespace: String?
    /// The value, with character references resolved.
    public var value: String

    public init(name: String, namespace: String? = nil, value: String) {
        self.name = name
        self.namespace = namespace
        self.value = value
    }
}

/// A child of an ``XMLElement``.
public enum XMLContent: Sendable, Hashable {
    case element(XMLElement)
    case text(String)
}
