#include "items/hir_parser.h"

#include <cstring>

namespace mirage::items::hir {

namespace {

using mir::TyKind;

enum class Tok : uint8_t { Ident, Lifetime, Literal, Punct, Comment, End };

struct Token {
    Tok kind = Tok::End;
    std::string_view text;
    uint32_t line = 0, col = 0;
    uint32_t match = kNone; // brackets: index of the matching bracket
};

bool ident_start(unsigned char c) { return c == '_' || isalpha(c) || c >= 0x80; }
bool ident_char(unsigned char c) { return c == '_' || isalnum(c) || c >= 0x80; }

struct LexError {
    uint32_t line, col;
    std::string message;
};

class Lexer {
  public:
    explicit Lexer(std::string_view text) : m_text(text) {}

    std::vector<Token> run() {
        std::vector<Token> out;
        std::vector<uint32_t> open;
        while (true) {
            skip_space();
            if (m_pos >= m_text.size()) break;
            Token t = next();
            if (t.kind == Tok::Comment) continue;
            if (t.kind == Tok::Punct && t.text.size() == 1) {
                char c = t.text[0];
                if (c == '(' || c == '[' || c == '{') {
                    // Attributes print some values unquoted (`note: see https://..`): no
                    // comments inside them.
                    if (c == '[' && !out.empty() && out.back().text == "#" && m_attr_depth == 0)
                        m_attr_depth = open.size() + 1;
                    open.push_back(static_cast<uint32_t>(out.size()));
                } else if (c == ')' || c == ']' || c == '}') {
                    char want = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (open.empty() || out[open.back()].text[0] != want)
                        throw LexError{t.line, t.col,
                                       std::string("unbalanced `") + c + "`" +
                                           (open.empty() ? std::string()
                                                         : " (open since " +
                                                               std::to_string(
                                                                   out[open.back()].line) +
                                                               ")")};
                    out[open.back()].match = static_cast<uint32_t>(out.size());
                    t.match = open.back();
                    open.pop_back();
                    if (open.size() < m_attr_depth) m_attr_depth = 0;
                }
            }
            out.push_back(t);
        }
        if (!open.empty())
            throw LexError{out[open.back()].line, out[open.back()].col, "unclosed bracket"};
        Token end;
        end.line = m_line;
        out.push_back(end);
        return out;
    }

  private:
    char at(size_t i) const { return m_pos + i < m_text.size() ? m_text[m_pos + i] : '\0'; }
    void advance(size_t n = 1) {
        for (size_t i = 0; i < n && m_pos < m_text.size(); ++i) {
            if (m_text[m_pos++] == '\n') {
                ++m_line;
                m_line_start = m_pos;
            }
        }
    }
    void skip_space() {
        while (m_pos < m_text.size() && isspace(static_cast<unsigned char>(m_text[m_pos])))
            advance();
    }
    [[noreturn]] void fail(const std::string& message) {
        throw LexError{m_line, static_cast<uint32_t>(m_pos - m_line_start + 1), message};
    }
    // A quoted literal body from the opening quote at m_pos, honouring escapes.
    void quoted(char q) {
        advance(); // the quote
        while (m_pos < m_text.size() && m_text[m_pos] != q) {
            if (m_text[m_pos] == '\\') advance();
            advance();
        }
        if (m_pos >= m_text.size()) fail("unterminated literal");
        advance();
    }
    // r"..", r#".."#: m_pos on `r`.
    void raw_string() {
        advance(); // r
        size_t hashes = 0;
        while (at(0) == '#') {
            ++hashes;
            advance();
        }
        if (at(0) != '"') fail("malformed raw string");
        advance();
        while (m_pos < m_text.size()) {
            if (m_text[m_pos] == '"') {
                size_t n = 0;
                while (n < hashes && at(1 + n) == '#') ++n;
                if (n == hashes) {
                    advance(1 + hashes);
                    return;
                }
            }
            advance();
        }
        fail("unterminated raw string");
    }
    // At `'`: a char literal or a lifetime.
    Tok quote_token() {
        if (at(1) == '\\') {
            quoted('\'');
            return Tok::Literal;
        }
        // One UTF-8 character, then `'` closes a char literal.
        size_t n = 1;
        unsigned char c = static_cast<unsigned char>(at(1));
        if (c >= 0x80)
            while ((static_cast<unsigned char>(at(n + 1)) & 0xC0) == 0x80) ++n;
        if (at(n + 1) == '\'') {
            advance(n + 2);
            return Tok::Literal;
        }
        advance();
        while (ident_char(static_cast<unsigned char>(at(0)))) advance();
        return Tok::Lifetime;
    }

    Token next() {
        Token t;
        t.line = m_line;
        t.col = static_cast<uint32_t>(m_pos - m_line_start + 1);
        size_t start = m_pos;
        char c = at(0);
        unsigned char uc = static_cast<unsigned char>(c);
        if (c == '/' && at(1) == '/' && m_attr_depth == 0) {
            while (m_pos < m_text.size() && m_text[m_pos] != '\n') advance();
            t.kind = Tok::Comment;
        } else if (c == '/' && at(1) == '*') {
            int depth = 0;
            while (m_pos < m_text.size()) {
                if (at(0) == '/' && at(1) == '*') {
                    ++depth;
                    advance(2);
                } else if (at(0) == '*' && at(1) == '/') {
                    advance(2);
                    if (--depth == 0) break;
                } else {
                    advance();
                }
            }
            std::string_view body = m_text.substr(start, m_pos - start);
            // The printer's placeholders are part of the syntax: `-> /*impl Trait*/`.
            t.kind = body == "/*impl Trait*/" || body == "/*ERROR*/" ? Tok::Ident : Tok::Comment;
        } else if (c == '"') {
            quoted('"');
            t.kind = Tok::Literal;
        } else if ((c == 'b' || c == 'c') && at(1) == '"') {
            advance();
            quoted('"');
            t.kind = Tok::Literal;
        } else if (c == 'b' && at(1) == '\'') {
            advance();
            quoted('\'');
            t.kind = Tok::Literal;
        } else if (c == 'r' && (at(1) == '"' || (at(1) == '#' && (at(2) == '"' || at(2) == '#')))) {
            raw_string();
            t.kind = Tok::Literal;
        } else if ((c == 'b' || c == 'c') && at(1) == 'r' &&
                   (at(2) == '"' || (at(2) == '#' && (at(3) == '"' || at(3) == '#')))) {
            advance();
            raw_string();
            t.kind = Tok::Literal;
        } else if (c == '\'') {
            t.kind = quote_token();
        } else if (isdigit(uc)) {
            while (ident_char(static_cast<unsigned char>(at(0))) ||
                   (at(0) == '.' && isdigit(static_cast<unsigned char>(at(1)))))
                advance();
            t.kind = Tok::Literal;
        } else if (ident_start(uc)) {
            if (c == 'r' && at(1) == '#' && ident_start(static_cast<unsigned char>(at(2))))
                advance(2);
            while (ident_char(static_cast<unsigned char>(at(0)))) advance();
            t.kind = Tok::Ident;
        } else {
            static constexpr std::string_view multi[] = {"...", "..=", "::", "->", "=>", ".."};
            size_t n = 1;
            for (std::string_view m : multi)
                if (m_text.substr(m_pos, m.size()) == m) {
                    n = m.size();
                    break;
                }
            advance(n);
            t.kind = Tok::Punct;
        }
        t.text = m_text.substr(start, m_pos - start);
        return t;
    }

    std::string_view m_text;
    size_t m_pos = 0, m_line_start = 0;
    uint32_t m_line = 1;
    size_t m_attr_depth = 0; // inside an attribute: the bracket depth of its `[`, else 0
};

struct ParseError {
    uint32_t tok;
    std::string message;
};

class Parser {
  public:
    Parser(mir::Interner& in, std::vector<Token> toks) : m_in(in), m_t(std::move(toks)) {}

    HirCrate run() {
        HirItem root;
        root.kind = HirKind::Module;
        m_crate.items.push_back(std::move(root));
        module_items(0, static_cast<uint32_t>(m_t.size() - 1));
        return std::move(m_crate);
    }

    const Token& tok(uint32_t i) const { return m_t[i]; }

  private:
    // ---- token helpers ----
    const Token& cur() const { return m_t[m_p]; }
    const Token& peek(uint32_t n = 1) const {
        return m_t[std::min<size_t>(m_p + n, m_t.size() - 1)];
    }
    bool is(std::string_view text) const { return cur().text == text && cur().kind != Tok::Literal; }
    bool is_at(uint32_t i, std::string_view text) const {
        return i < m_t.size() && m_t[i].text == text && m_t[i].kind != Tok::Literal;
    }
    bool eat(std::string_view text) {
        if (!is(text)) return false;
        ++m_p;
        return true;
    }
    [[noreturn]] void fail(const std::string& message) { throw ParseError{m_p, message}; }
    void expect(std::string_view text) {
        if (!eat(text)) fail("expected `" + std::string(text) + "`");
    }
    std::string_view ident() {
        if (cur().kind != Tok::Ident) fail("expected an identifier");
        return m_t[m_p++].text;
    }
    // Skips a bracket group starting at m_p.
    void skip_group() {
        if (cur().match == kNone) fail("expected a bracket");
        m_p = cur().match + 1;
    }
    Sym sym(std::string_view s) { return m_in.intern(s); }
    // The source text of tokens [b, e), single-spaced.
    std::string text_of(uint32_t b, uint32_t e) const {
        std::string out;
        for (uint32_t i = b; i < e; ++i) {
            if (i > b && needs_space(m_t[i - 1], m_t[i])) out += ' ';
            out += m_t[i].text;
        }
        return out;
    }
    static bool needs_space(const Token& a, const Token& b) {
        bool aw = a.kind != Tok::Punct, bw = b.kind != Tok::Punct;
        return aw && bw;
    }
    TyId intern(TyKind k, uint8_t flags, Sym s, const std::vector<TyId>& kids) {
        return m_in.intern_ty(k, flags, s, kids);
    }

    // ---- attributes ----
    struct Attrs {
        Repr repr;
        bool derived = false;
        bool non_exhaustive = false;
        bool track_caller = false;
    };
    Attrs attributes() {
        Attrs a;
        while (is("#")) {
            uint32_t hash = m_p;
            ++m_p;
            eat("!");
            if (!is("[")) {
                m_p = hash;
                break;
            }
            uint32_t b = m_p + 1, e = cur().match;
            attribute(a, b, e);
            m_p = e + 1;
        }
        return a;
    }
    void attribute(Attrs& a, uint32_t b, uint32_t e) {
        if (!(is_at(b, "attr") && is_at(b + 1, "="))) return;
        std::string_view name = m_t[b + 2].text;
        if (name == "AutomaticallyDerived") a.derived = true;
        else if (name == "NonExhaustive") a.non_exhaustive = true;
        else if (name == "TrackCaller") a.track_caller = true;
        else if (name == "Repr") repr(a.repr, b + 3, e);
        else if (name == "RustcLayoutScalarValidRangeStart" ||
                 name == "RustcLayoutScalarValidRangeEnd") {
            if (!is_at(b + 3, "(") || m_t[b + 4].kind != Tok::Literal) return;
            mir::u128 v = parse_int(m_t[b + 4].text);
            if (name == "RustcLayoutScalarValidRangeStart") {
                a.repr.has_valid_range_start = true;
                a.repr.valid_range_start = v;
            } else {
                a.repr.has_valid_range_end = true;
                a.repr.valid_range_end = v;
            }
        }
    }
    static mir::u128 parse_int(std::string_view s) {
        mir::u128 v = 0;
        for (char c : s) {
            if (c == '_') continue;
            if (!isdigit(static_cast<unsigned char>(c))) break;
            v = v * 10 + static_cast<mir::u128>(c - '0');
        }
        return v;
    }
    // `{reprs: [ReprC, ReprInt(UnsignedInt(u8)), ReprAlign(Align(8 bytes)), ReprPacked(..)]}`
    void repr(Repr& r, uint32_t b, uint32_t e) {
        for (uint32_t i = b; i < e; ++i) {
            std::string_view w = m_t[i].text;
            if (w == "ReprC") r.kind = ReprKind::C;
            else if (w == "ReprTransparent") r.kind = ReprKind::Transparent;
            else if (w == "ReprSimd") r.kind = ReprKind::Simd;
            else if (w == "ReprRust") r.kind = ReprKind::Rust;
            else if ((w == "UnsignedInt" || w == "SignedInt") && is_at(i + 1, "("))
                r.int_ty = sym(m_t[i + 2].text);
            else if ((w == "ReprAlign" || w == "ReprPacked") && is_at(i + 1, "(") &&
                     is_at(i + 2, "Align") && m_t[i + 4].kind == Tok::Literal) {
                uint64_t v = static_cast<uint64_t>(parse_int(m_t[i + 4].text));
                (w == "ReprAlign" ? r.align : r.packed) = v;
            }
        }
    }

    // ---- items ----
    uint32_t add(HirItem item) {
        item.order = static_cast<uint32_t>(m_crate.items.size());
        uint32_t id = item.order;
        uint32_t parent = item.parent;
        m_crate.items.push_back(std::move(item));
        if (parent != kNone) m_crate.items[parent].children.push_back(id);
        return id;
    }

    void module_items(uint32_t parent, uint32_t end) {
        while (m_p < end) {
            if (is(";")) {
                ++m_p;
                continue;
            }
            uint32_t start = m_p;
            Attrs a = attributes();
            if (m_p >= end) break;
            if (!item(parent, a)) {
                m_p = start;
                fail("expected an item");
            }
        }
    }

    // Is there an item at m_p (attributes already read)? Used inside bodies, where statements
    // and expressions are skipped.
    bool item_follows() const {
        const Token& t = cur();
        if (t.kind != Tok::Ident) return false;
        std::string_view w = t.text, n = peek().text;
        Tok nk = peek().kind;
        if (w == "struct" || w == "enum" || w == "trait" || w == "impl" || w == "mod" ||
            w == "fn" || w == "type" || w == "use" || w == "macro_rules")
            return true;
        if (w == "union") return nk == Tok::Ident;
        if (w == "static") return nk == Tok::Ident && n != "move";
        if (w == "const")
            return (nk == Tok::Ident && (peek(2).text == ":" || peek(2).text == "<" ||
                                          n == "fn" || n == "unsafe" || n == "async" ||
                                          n == "extern" || n == "trait" || n == "impl")) ||
                   n == "_";
        if (w == "unsafe" || w == "safe")
            return n == "fn" || n == "impl" || n == "trait" || n == "extern" || n == "auto";
        if (w == "async") return n == "fn" || n == "unsafe";
        if (w == "extern") return n == "crate" || nk == Tok::Literal || n == "fn" || n == "{";
        if (w == "auto" || w == "default") return n == "trait" || n == "impl" || n == "unsafe";
        if (w == "macro") return nk == Tok::Ident;
        return false;
    }

    static bool is_keyword(std::string_view w) {
        return w == "impl" || w == "fn" || w == "unsafe" || w == "trait" || w == "async" ||
               w == "extern" || w == "safe" || w == "auto";
    }

    bool item(uint32_t parent, const Attrs& a) {
        uint32_t depth = m_depth;
        HirItem it;
        it.parent = parent;
        it.depth = depth;
        it.repr = a.repr;
        if (a.derived) it.flags |= kDerived;
        if (a.non_exhaustive) it.flags |= kNonExhaustive;
        if (a.track_caller) it.flags |= kTrackCaller;
        if (depth > 0) it.flags |= kLocal;
        uint32_t save = m_p;

        if (eat("extern")) {
            if (eat("crate")) {
                it.kind = HirKind::ExternCrate;
                std::string_view n = ident();
                if (eat("as")) n = ident();
                it.name = sym(n);
                expect(";");
                add(std::move(it));
                return true;
            }
            if (cur().kind == Tok::Literal && is_at(m_p + 1, "{")) {
                ++m_p;
                it.kind = HirKind::ForeignMod;
                uint32_t id = add(std::move(it));
                uint32_t end = cur().match;
                ++m_p;
                module_items(id, end);
                m_p = end + 1;
                return true;
            }
            m_p = save; // `extern "C" fn`
        }
        if (eat("use")) {
            it.kind = HirKind::Use;
            uint32_t b = m_p;
            while (!is(";") && !is("as") && !(is("::") && (is_at(m_p + 1, "*") ||
                                                          is_at(m_p + 1, "{")))) {
                if (cur().kind == Tok::End) fail("unterminated use");
                ++m_p;
            }
            uint32_t e = m_p;
            it.text = sym(text_of(b, e));
            if (e > b) it.name = sym(m_t[e - 1].text);
            if (eat("::")) {
                if (eat("*")) it.flags |= kGlob;
                else {
                    skip_group(); // `::{}`: the list stem, binds nothing
                    it.name = 0;
                }
            } else if (eat("as")) {
                it.name = sym(ident());
            }
            expect(";");
            add(std::move(it));
            return true;
        }
        if ((is("unsafe") || is("safe")) && is_at(m_p + 1, "static")) ++m_p; // foreign statics
        if (eat("static")) {
            it.kind = HirKind::Static;
            if (eat("mut")) it.flags |= kMutable;
            it.name = sym(ident());
            expect(":");
            it.ty = type();
            if (eat("=")) body_expr(add_pending(it));
            else finish_pending(it);
            expect(";");
            return true;
        }
        if (is("const") && peek().kind == Tok::Ident && !is_keyword(peek().text) &&
            (peek(2).text == ":" || peek(2).text == "<")) {
            ++m_p;
            it.kind = HirKind::Const;
            it.name = sym(cur().text);
            ++m_p;
            generic_params(it);
            expect(":");
            it.ty = type();
            uint32_t id = kNone;
            if (eat("=")) id = body_expr(add_pending(it));
            else id = finish_pending(it);
            where_clause(m_crate.items[id]);
            expect(";");
            return true;
        }
        if (eat("mod")) {
            it.kind = HirKind::Module;
            it.name = sym(ident());
            uint32_t id = add(std::move(it));
            if (eat(";")) return true;
            if (!is("{")) fail("expected `{`");
            uint32_t end = cur().match;
            ++m_p;
            module_items(id, end);
            m_p = end + 1;
            return true;
        }
        if (is("macro_rules") && is_at(m_p + 1, "!")) {
            m_p += 2;
            it.kind = HirKind::Macro;
            it.name = sym(ident());
            skip_group();
            eat(";");
            add(std::move(it));
            return true;
        }
        if (is("macro") && peek().kind == Tok::Ident) {
            ++m_p;
            it.kind = HirKind::Macro;
            it.name = sym(ident());
            if (is("(")) skip_group();
            if (is("{")) skip_group();
            add(std::move(it));
            return true;
        }
        if (is("global_asm") && is_at(m_p + 1, "!")) {
            m_p += 2;
            skip_group();
            expect(";");
            return true;
        }
        if (eat("type")) {
            it.kind = HirKind::TypeAlias;
            it.name = sym(ident());
            generic_params(it);
            if (eat(":")) it.bounds = bound_list();
            where_clause(it);
            if (eat("=")) it.ty = type();
            where_clause(it);
            expect(";");
            if (parent != kNone && m_crate.items[parent].kind == HirKind::ForeignMod)
                it.kind = HirKind::ForeignType;
            add(std::move(it));
            return true;
        }
        if (eat("enum")) {
            it.kind = HirKind::Enum;
            it.name = sym(ident());
            generic_params(it);
            where_clause(it);
            if (!is("{")) fail("expected `{`");
            uint32_t end = cur().match;
            ++m_p;
            uint32_t id = add(std::move(it));
            while (m_p < end) {
                Attrs va = attributes();
                HirItem v;
                v.kind = HirKind::Variant;
                v.parent = id;
                v.depth = depth;
                if (va.non_exhaustive) v.flags |= kNonExhaustive;
                if (depth > 0) v.flags |= kLocal;
                v.name = sym(ident());
                uint32_t vid = add(std::move(v));
                fields(vid);
                if (eat("=")) {
                    uint32_t b = m_p;
                    skip_expr({",", "}"}, end);
                    m_crate.items[vid].text = sym(text_of(b, m_p));
                }
                if (!eat(",") && m_p < end) fail("expected `,` after a variant");
            }
            m_p = end + 1;
            return true;
        }
        if (is("struct") || (is("union") && peek().kind == Tok::Ident)) {
            it.kind = is("struct") ? HirKind::Struct : HirKind::Union;
            ++m_p;
            it.name = sym(ident());
            generic_params(it);
            where_clause(it);
            uint32_t id = add(std::move(it));
            fields(id);
            where_clause(m_crate.items[id]);
            eat(";");
            return true;
        }
        // impl, trait, fn: header keywords first.
        uint32_t flags = 0;
        bool is_const = false;
        while (true) {
            if (eat("default")) continue;
            if (eat("unsafe")) {
                flags |= kUnsafe;
                continue;
            }
            if (eat("safe")) continue;
            if (is("const") && !is_at(m_p + 1, "{")) {
                ++m_p;
                is_const = true;
                continue;
            }
            if (eat("async")) continue;
            if (is("#") && is_at(m_p + 1, "[")) { // `#[target_feature] fn`
                ++m_p;
                skip_group();
                continue;
            }
            if (eat("auto")) {
                flags |= kAuto;
                continue;
            }
            if (is("extern") && peek().kind == Tok::Literal) {
                m_p += 2;
                continue;
            }
            if (eat("extern")) continue;
            break;
        }
        it.flags |= flags;
        if (eat("impl")) {
            it.kind = HirKind::Impl;
            generic_params(it);
            eat("const");
            // `impl !Send for T` is negative; `impl ! { }` is about the never type.
            if (is("!") && !is_at(m_p + 1, "{") && !is_at(m_p + 1, "for")) {
                ++m_p;
                it.flags |= kNegative;
            }
            TyId first = type();
            if (eat("for")) {
                it.trait_ref = first;
                it.ty = type();
            } else {
                it.ty = first;
            }
            where_clause(it);
            if (!is("{")) fail("expected `{` after an impl header");
            uint32_t end = cur().match;
            ++m_p;
            uint32_t id = add(std::move(it));
            module_items(id, end);
            m_p = end + 1;
            return true;
        }
        if (eat("trait")) {
            it.name = sym(ident());
            generic_params(it);
            if (eat("=")) {
                it.kind = HirKind::TraitAlias;
                it.bounds = bound_list();
                where_clause(it);
                expect(";");
                add(std::move(it));
                return true;
            }
            it.kind = HirKind::Trait;
            if (eat(":")) it.bounds = bound_list();
            where_clause(it);
            if (!is("{")) fail("expected `{` after a trait header");
            uint32_t end = cur().match;
            ++m_p;
            uint32_t id = add(std::move(it));
            module_items(id, end);
            m_p = end + 1;
            return true;
        }
        if (eat("fn")) {
            it.kind = HirKind::Fn;
            if (is_const) it.flags |= kConstFn;
            it.name = sym(ident());
            generic_params(it);
            it.ty = fn_signature();
            where_clause(it);
            if (eat(";")) {
                add(std::move(it));
                return true;
            }
            // The body is an expression: a block, `loop { }` for bodyless intrinsics,
            // `|mut _task_context: ResumeTy| { .. }` for async fns.
            while (!is("{") && !is(";") && cur().kind != Tok::End) {
                if (cur().match != kNone) skip_group();
                else ++m_p;
            }
            if (!is("{")) fail("expected a fn body");
            it.flags |= kHasBody;
            uint32_t id = add(std::move(it));
            uint32_t end = cur().match;
            body(id, m_p + 1, end);
            m_p = end + 1;
            return true;
        }
        m_p = save;
        return false;
    }

    // Items whose body follows their header: added first so that the items found in the body
    // come after them.
    uint32_t add_pending(HirItem& it) {
        it.flags |= kHasBody;
        return add(std::move(it));
    }
    uint32_t finish_pending(HirItem& it) { return add(std::move(it)); }

    // An initialiser expression up to `;` (or `where`): scans it for items; returns `owner`.
    uint32_t body_expr(uint32_t owner) {
        uint32_t b = m_p;
        skip_expr({";"}, static_cast<uint32_t>(m_t.size() - 1));
        uint32_t e = m_p;
        body(owner, b, e);
        m_p = e;
        return owner;
    }

    // Skips an expression until one of `stops` at bracket depth 0 (or `limit`).
    void skip_expr(std::initializer_list<std::string_view> stops, uint32_t limit) {
        while (m_p < limit) {
            for (std::string_view s : stops)
                if (is(s)) return;
            if (cur().match != kNone && m_t[m_p].text[0] != ')' && m_t[m_p].text[0] != ']' &&
                m_t[m_p].text[0] != '}') {
                m_p = cur().match + 1;
                continue;
            }
            if (cur().kind == Tok::End) return;
            ++m_p;
        }
    }

    // Scans tokens [b, e) of a body for the items declared in it.
    void body(uint32_t owner, uint32_t b, uint32_t e) {
        uint32_t save = m_p;
        ++m_depth;
        bool stmt_start = true;
        m_p = b;
        while (m_p < e) {
            if (stmt_start && is("#") && (is_at(m_p + 1, "[") || is_at(m_p + 1, "!"))) {
                uint32_t start = m_p;
                Attrs a = attributes();
                if (item_follows()) {
                    if (!item(owner, a)) m_p = start + 1;
                    stmt_start = true;
                } else {
                    stmt_start = false;
                }
                continue;
            }
            if (stmt_start && item_follows()) {
                if (item(owner, Attrs{})) {
                    stmt_start = true;
                    continue;
                }
            }
            const Token& t = cur();
            stmt_start = t.kind == Tok::Punct &&
                         (t.text == "{" || t.text == ";" || t.text == "}" || t.text == "=>");
            ++m_p;
        }
        --m_depth;
        m_p = save;
    }

    // Tuple `( .. )` or named `{ .. }` fields of the struct/union/variant `owner`.
    void fields(uint32_t owner) {
        HirItem& o = m_crate.items[owner];
        uint32_t depth = o.depth;
        bool local = o.flags & kLocal;
        if (is("(")) {
            o.shape = VariantShape::Tuple;
            uint32_t end = cur().match;
            ++m_p;
            uint32_t index = 0;
            while (m_p < end) {
                attributes();
                HirItem f;
                f.kind = HirKind::Field;
                f.parent = owner;
                f.depth = depth;
                if (local) f.flags |= kLocal;
                f.name = sym(std::to_string(index++));
                f.ty = type();
                add(std::move(f));
                if (!eat(",") && m_p < end) fail("expected `,` between fields");
            }
            m_p = end + 1;
        } else if (is("{")) {
            o.shape = VariantShape::Struct;
            uint32_t end = cur().match;
            ++m_p;
            while (m_p < end) {
                attributes();
                HirItem f;
                f.kind = HirKind::Field;
                f.parent = owner;
                f.depth = depth;
                if (local) f.flags |= kLocal;
                f.name = sym(ident());
                expect(":");
                f.ty = type();
                add(std::move(f));
                if (!eat(",") && m_p < end) fail("expected `,` between fields");
            }
            m_p = end + 1;
        }
    }

    // ---- generics ----
    void generic_params(HirItem& it) {
        if (!eat("<")) return;
        while (!eat(">")) {
            attributes();
            HirParam p;
            if (eat("const")) {
                p.kind = ParamKind::Const;
                p.name = sym(ident());
                expect(":");
                p.const_ty = type();
                if (eat("=")) {
                    uint32_t b = m_p;
                    if (is("{")) skip_group();
                    else ++m_p;
                    p.const_default = sym(text_of(b, m_p));
                }
            } else if (is("impl")) {
                // `impl Trait` in argument position: a synthetic parameter named by its text.
                uint32_t b = m_p;
                ++m_p;
                std::vector<TyId> bounds = bound_list();
                p.name = sym(text_of(b, m_p));
                p.synthetic = true;
                HirPredicate pred;
                pred.ty = path_of_name(p.name);
                pred.bounds = std::move(bounds);
                it.predicates.push_back(std::move(pred));
            } else if (cur().kind == Tok::Lifetime) {
                p.kind = ParamKind::Lifetime;
                p.name = sym(cur().text);
                ++m_p;
                if (eat(":")) bound_list();
            } else {
                p.name = sym(ident());
                if (eat(":")) {
                    HirPredicate pred;
                    pred.ty = path_of_name(p.name);
                    pred.bounds = bound_list();
                    it.predicates.push_back(std::move(pred));
                }
                if (eat("=")) p.default_ty = type();
            }
            it.params.push_back(p);
            if (!eat(",") && !is(">")) fail("expected `,` or `>` in generic parameters");
        }
    }
    TyId path_of_name(Sym name) {
        TyId seg = intern(TyKind::Segment, 0, name, {});
        return intern(TyKind::Path, 0, 0, {seg});
    }

    void where_clause(HirItem& it) {
        if (!eat("where")) return;
        while (!is("{") && !is(";") && !is("=") && cur().kind != Tok::End) {
            attributes();
            HirPredicate p;
            if (is("for") && is_at(m_p + 1, "<")) p.binder = binder_text();
            else if (is("for") && (peek().kind == Tok::Ident || peek().text == "&")) ++m_p;
            if (cur().kind == Tok::Lifetime) {
                p.ty = lifetime();
                expect(":");
                // The printer writes `'a: 'b + 'c` as `'a:'b'c:`.
                while (cur().kind == Tok::Lifetime || is(":") || is("+")) {
                    if (cur().kind == Tok::Lifetime) p.bounds.push_back(lifetime());
                    else ++m_p;
                }
            } else {
                p.ty = type();
                if (eat("=")) p.rhs = type();
                else if (eat(":")) p.bounds = bound_list();
            }
            it.predicates.push_back(std::move(p));
            if (!eat(",")) break;
        }
    }

    Sym binder_text() {
        uint32_t b = m_p;
        m_p += 2;
        while (!eat(">")) {
            if (cur().kind == Tok::End) fail("unterminated `for<`");
            ++m_p;
        }
        return sym(text_of(b, m_p));
    }

    std::vector<TyId> bound_list() {
        std::vector<TyId> out;
        while (true) {
            if (cur().kind == Tok::Lifetime) {
                out.push_back(lifetime());
            } else if (is("use") && is_at(m_p + 1, "<")) {
                m_p += 2; // precise capturing: `use <'a, T>`
                while (!eat(">")) ++m_p;
            } else if (is("(")) {
                // `(?Sized)` never prints; a parenthesised bound is still a bound.
                uint32_t end = cur().match;
                ++m_p;
                std::vector<TyId> inner = bound_list();
                out.insert(out.end(), inner.begin(), inner.end());
                m_p = end + 1;
            } else {
                out.push_back(poly_trait_ref());
            }
            if (!eat("+")) break;
        }
        return out;
    }

    // `[const] [?|!] [for<..>] Path`, as the MIR parser shapes bounds: modifiers and binders
    // wrap the path in Binder nodes.
    TyId poly_trait_ref() {
        std::string modifier;
        Sym binder = 0;
        while (true) {
            if (eat("const")) modifier += "const ";
            else if (is("[") && is_at(m_p + 1, "const")) {
                m_p += 3;
                modifier += "[const] ";
            } else if (eat("?")) modifier += "?";
            else if (eat("!")) modifier += "!";
            else if (is("for") && is_at(m_p + 1, "<")) binder = binder_text();
            // `for` with only elided lifetimes prints without `<..>`.
            else if (is("for") && (peek().kind == Tok::Ident || peek().text == "[" ||
                                   peek().text == "?"))
                ++m_p;
            else break;
        }
        TyId p = type_path(true);
        if (binder) p = intern(TyKind::Binder, 0, binder, {p});
        if (!modifier.empty()) {
            while (!modifier.empty() && modifier.back() == ' ') modifier.pop_back();
            p = intern(TyKind::Binder, 0, sym(modifier), {p});
        }
        return p;
    }

    TyId lifetime() {
        if (cur().kind != Tok::Lifetime) fail("expected a lifetime");
        return intern(TyKind::Lifetime, 0, sym(m_t[m_p++].text), {});
    }

    // ---- fn signatures ----
    // `(params) [-> ret]`: a FnPtr node (ret, args...). A `self` parameter becomes `Self`,
    // `&Self`, `&mut Self` or its written type.
    TyId fn_signature() {
        if (!is("(")) fail("expected `(`");
        uint32_t end = cur().match;
        ++m_p;
        std::vector<TyId> kids{0};
        uint8_t flags = 0;
        while (m_p < end) {
            attributes();
            if (eat("...")) {
                flags |= mir::kVariadic;
                break;
            }
            kids.push_back(param());
            if (!eat(",") && m_p < end) fail("expected `,` between parameters");
        }
        m_p = end + 1;
        if (eat("->")) kids[0] = type();
        else kids[0] = intern(TyKind::Tuple, 0, 0, {});
        return intern(TyKind::FnPtr, flags, 0, kids);
    }

    TyId self_path() { return path_of_name(sym("Self")); }

    TyId param() {
        // Implicit self: `self`, `mut self`, `&self`, `&'a mut self`.
        uint32_t save = m_p;
        if (is("&")) {
            ++m_p;
            TyId lt = cur().kind == Tok::Lifetime ? lifetime() : 0;
            uint8_t flags = eat("mut") ? mir::kMut : 0;
            if (is("self") && !is_at(m_p + 1, ":")) {
                ++m_p;
                return intern(TyKind::Ref, flags, 0, {lt, self_path()});
            }
            m_p = save;
        }
        eat("mut");
        if (is("self") && !is_at(m_p + 1, ":")) {
            ++m_p;
            return self_path();
        }
        m_p = save;
        // `pattern: type`: the pattern is skipped up to the `:` at depth 0.
        uint32_t end = m_p;
        while (end < m_t.size() - 1 && !is_at(end, ":") && !is_at(end, ",") &&
               !is_at(end, ")")) {
            if (m_t[end].match != kNone && m_t[end].match > end) end = m_t[end].match;
            ++end;
        }
        if (is_at(end, ":")) m_p = end + 1;
        return type();
    }

    // ---- types ----
    TyId type() {
        TyId t = type_no_pattern();
        if (!is("is")) return t;
        // A pattern type: `u32 is 1..`, `*const T is not null`.
        ++m_p;
        uint32_t b = m_p;
        skip_expr({",", ">", ";", ")", "]", "}", "=", "for", "where", "{"},
                  static_cast<uint32_t>(m_t.size() - 1));
        return intern(TyKind::Pattern, 0, sym(text_of(b, m_p)), {t});
    }

    TyId type_no_pattern() {
        const Token& t = cur();
        if (t.kind == Tok::Punct) {
            std::string_view s = t.text;
            if (s == "&") {
                ++m_p;
                TyId lt = cur().kind == Tok::Lifetime ? lifetime() : 0;
                uint8_t flags = eat("mut") ? mir::kMut : 0;
                return intern(TyKind::Ref, flags, 0, {lt, type()});
            }
            if (s == "*") {
                ++m_p;
                uint8_t flags = 0;
                if (eat("mut")) flags = mir::kMut;
                else expect("const");
                return intern(TyKind::RawPtr, flags, 0, {type()});
            }
            if (s == "[") {
                uint32_t end = t.match;
                ++m_p;
                TyId elem = type();
                if (eat(";")) {
                    std::string len = text_of(m_p, end);
                    m_p = end + 1;
                    TyId n = intern(TyKind::ConstArg, 0, sym(len), {});
                    return intern(TyKind::Array, 0, 0, {elem, n});
                }
                m_p = end + 1;
                return intern(TyKind::Slice, 0, 0, {elem});
            }
            if (s == "(") {
                uint32_t end = t.match;
                ++m_p;
                std::vector<TyId> elems;
                bool comma = false;
                while (m_p < end) {
                    elems.push_back(type());
                    comma = eat(",");
                    if (!comma && m_p < end) fail("expected `,` in a tuple type");
                }
                m_p = end + 1;
                if (elems.size() == 1 && !comma) return elems[0];
                return intern(TyKind::Tuple, 0, 0, elems);
            }
            if (s == "!") {
                ++m_p;
                return intern(TyKind::Never, 0, 0, {});
            }
            if (s == "<") return qualified_path();
            if (s == "::") return type_path(false);
            if (s == "#") {
                // `#[target_feature] fn(..)`
                attributes();
                return type();
            }
            fail("expected a type");
        }
        if (t.kind == Tok::Lifetime) return lifetime();
        if (t.kind != Tok::Ident) fail("expected a type");
        std::string_view w = t.text;
        if (w == "_") {
            ++m_p;
            return intern(TyKind::Infer, 0, 0, {});
        }
        if (w == "/*impl Trait*/") {
            ++m_p;
            return intern(TyKind::Impl, 0, 0, {});
        }
        if (w == "/*ERROR*/") fail("rustc printed an erroneous type");
        if (w == "dyn") {
            ++m_p;
            return intern(TyKind::Dyn, 0, 0, bound_list());
        }
        if (w == "impl") {
            ++m_p;
            return intern(TyKind::Impl, 0, 0, bound_list());
        }
        if (w == "for" && is_at(m_p + 1, "<")) {
            Sym binder = binder_text();
            return intern(TyKind::Binder, 0, binder, {type()});
        }
        if (w == "for") {
            // `for` with only elided lifetimes prints without `<..>`.
            ++m_p;
            return type();
        }
        if (w == "fn" || w == "unsafe" || w == "extern" || w == "safe") return fn_ptr();
        if (w == "field_of" && is_at(m_p + 1, "!")) {
            uint32_t b = m_p;
            m_p += 2;
            skip_group();
            return intern(TyKind::ConstArg, 0, sym(text_of(b, m_p)), {});
        }
        return type_path(false);
    }

    TyId fn_ptr() {
        uint8_t flags = 0;
        Sym abi = 0;
        if (eat("unsafe")) flags |= mir::kUnsafe;
        if (eat("safe")) flags |= mir::kSafe;
        if (eat("extern")) {
            if (cur().kind == Tok::Literal) abi = sym(m_t[m_p++].text);
            else abi = sym("\"C\"");
        }
        expect("fn");
        TyId sig = fn_signature();
        // Re-intern with the header's flags and ABI.
        std::vector<TyId> kids(m_in.children(sig).begin(), m_in.children(sig).end());
        return intern(TyKind::FnPtr, static_cast<uint8_t>(m_in.ty(sig).flags | flags), abi,
                      kids);
    }

    TyId type_path(bool allow_paren_sugar) {
        std::vector<TyId> kids;
        if (is("::")) {
            // `::core::clone::Clone`: the crate-root segment, kept as an empty segment.
            ++m_p;
            kids.push_back(intern(TyKind::Segment, 0, 0, {}));
        }
        kids.push_back(segment(allow_paren_sugar));
        while (is("::") && (peek().kind == Tok::Ident || peek().text == "<")) {
            ++m_p;
            if (is("<")) {
                // `Vec::<u8>`: turbofish args attach to the previous segment
                TyId last = kids.back();
                std::vector<TyId> args(m_in.children(last).begin(), m_in.children(last).end());
                ++m_p;
                generic_args(args);
                kids.back() = intern(TyKind::Segment, mir::kHasArgs | mir::kTurbofish,
                                     m_in.ty(last).sym, args);
                continue;
            }
            kids.push_back(segment(allow_paren_sugar));
        }
        if (kids.size() == 1) {
            const mir::TyNode& seg = m_in.ty(kids[0]);
            if (seg.child_count == 0 && seg.flags == 0)
                if (TyId prim = m_in.primitive_type(seg.sym)) return prim;
        }
        return intern(TyKind::Path, 0, 0, kids);
    }

    TyId segment(bool allow_paren_sugar) {
        Sym name = sym(ident());
        std::vector<TyId> args;
        uint8_t flags = 0;
        if (is("<")) {
            ++m_p;
            flags |= mir::kHasArgs;
            generic_args(args);
        } else if (is("(") && allow_paren_sugar) {
            flags |= mir::kParenSugar;
            uint32_t end = cur().match;
            ++m_p;
            std::vector<TyId> inputs;
            while (m_p < end) {
                inputs.push_back(type());
                if (!eat(",") && m_p < end) fail("expected `,` in `Fn(..)`");
            }
            m_p = end + 1;
            args.push_back(intern(TyKind::Tuple, 0, 0, inputs));
            args.push_back(eat("->") ? type() : 0);
        }
        return intern(TyKind::Segment, flags, name, args);
    }

    // After `<`: arguments up to and including `>`.
    void generic_args(std::vector<TyId>& out) {
        while (!eat(">")) {
            out.push_back(generic_arg());
            if (!eat(",") && !is(">")) fail("expected `,` or `>` in generic arguments");
        }
    }

    TyId generic_arg() {
        const Token& t = cur();
        if (t.kind == Tok::Literal || (t.text == "-" && peek().kind == Tok::Literal)) {
            uint32_t b = m_p;
            m_p += t.text == "-" ? 2 : 1;
            return intern(TyKind::ConstArg, 0, sym(text_of(b, m_p)), {});
        }
        if (t.text == "{") {
            uint32_t b = m_p;
            skip_group();
            return intern(TyKind::ConstArg, 0, sym(text_of(b, m_p)), {});
        }
        if (t.text == "true" || t.text == "false") {
            ++m_p;
            return intern(TyKind::ConstArg, 0, sym(t.text), {});
        }
        // An associated item constraint: `Item = T`, `Item: Bound`, `Gat<'a>: Bound`.
        uint32_t after = m_p + 1;
        if (t.kind == Tok::Ident && is_at(after, "<")) after = angle_end(after);
        if (t.kind == Tok::Ident && (is_at(after, "=") || is_at(after, ":")) &&
            !is_at(after + 1, "=")) {
            Sym name = sym(t.text);
            m_p = after;
            if (eat("=")) return intern(TyKind::AssocEq, 0, name, {type()});
            ++m_p; // `Item: Bound` constraint
            return intern(TyKind::AssocEq, mir::kParenSugar, name,
                          {intern(TyKind::Impl, 0, 0, bound_list())});
        }
        return type();
    }

    // The index after the `>` that closes the `<` at i (brackets inside are matched groups).
    uint32_t angle_end(uint32_t i) const {
        int depth = 0;
        while (i < m_t.size() - 1) {
            if (is_at(i, "<")) ++depth;
            else if (is_at(i, ">") && --depth == 0) return i + 1;
            else if (is_at(i, "->")) {
            } else if (m_t[i].match != kNone && m_t[i].match > i) i = m_t[i].match;
            else if (is_at(i, ";") || is_at(i, "{")) break;
            ++i;
        }
        return i;
    }

    TyId qualified_path() {
        expect("<");
        TyId self_ty = type();
        TyId trait = 0;
        if (eat("as")) trait = type_path(false);
        expect(">");
        std::vector<TyId> kids{self_ty, trait};
        while (is("::") && peek().kind == Tok::Ident) {
            ++m_p;
            kids.push_back(segment(false));
        }
        return intern(TyKind::QPath, 0, 0, kids);
    }

    mir::Interner& m_in;
    std::vector<Token> m_t;
    uint32_t m_p = 0;
    uint32_t m_depth = 0;
    HirCrate m_crate;
};

} // namespace

Result<HirCrate> parse_hir(mir::Interner& interner, std::string_view text) {
    std::vector<Token> toks;
    try {
        toks = Lexer(text).run();
    } catch (const LexError& e) {
        return make_error(ErrorKind::Parse, std::to_string(e.line) + ":" + std::to_string(e.col) +
                                                ": " + e.message);
    }
    Parser parser(interner, std::move(toks));
    try {
        HirCrate crate = parser.run();
        for (uint32_t i = 1; i < crate.items.size(); ++i) {
            const HirItem& it = crate.items[i];
            if (it.depth > 0 && crate.items[it.parent].depth < it.depth)
                crate.local_roots.push_back(i);
        }
        return crate;
    } catch (const ParseError& e) {
        const Token& t = parser.tok(e.tok);
        return make_error(ErrorKind::Parse, std::to_string(t.line) + ":" + std::to_string(t.col) +
                                                ": " + e.message + " (at `" +
                                                std::string(t.text) + "`)");
    }
}

Result<std::vector<SourceImpl>> scan_source_impls(std::string_view source, uint32_t lo,
                                                  uint32_t hi) {
    std::vector<Token> t;
    try {
        t = Lexer(source).run();
    } catch (const LexError& e) {
        return make_error(ErrorKind::Parse, std::to_string(e.line) + ":" + std::to_string(e.col) +
                                                ": " + e.message);
    }
    auto is = [&](size_t i, std::string_view w) {
        return i < t.size() && t[i].kind != Tok::Literal && t[i].text == w;
    };
    std::vector<SourceImpl> out;
    std::vector<SourceImpl> pending_derives; // waiting for the ADT they apply to
    for (size_t i = 0; i + 1 < t.size(); ++i) {
        if (t[i].line < lo) continue;
        if (t[i].line > hi) break;
        // #[derive(A, b::C)] ... struct|enum|union Name
        if (is(i, "#") && is(i + 1, "[") && is(i + 2, "derive") && is(i + 3, "(")) {
            size_t end = t[i + 3].match;
            for (size_t j = i + 4; j < end; ++j) {
                SourceImpl d;
                d.line = t[j].line;
                d.col = t[j].col;
                while (j < end && !is(j, ",")) {
                    if (t[j].kind == Tok::Ident) d.trait_name = std::string(t[j].text);
                    ++j;
                }
                pending_derives.push_back(std::move(d));
            }
            i = t[i + 1].match;
            continue;
        }
        if ((is(i, "struct") || is(i, "enum") || is(i, "union")) &&
            t[i + 1].kind == Tok::Ident) {
            for (SourceImpl& d : pending_derives) {
                d.self_name = std::string(t[i + 1].text);
                out.push_back(std::move(d));
            }
            pending_derives.clear();
            continue;
        }
        if (!is(i, "impl")) continue;
        // An item, not `impl Trait` in a type: after `{ } ; ]` or `unsafe`/`default`.
        size_t start = i;
        while (start > 0 && (is(start - 1, "unsafe") || is(start - 1, "default"))) --start;
        if (start > 0 && !is(start - 1, "{") && !is(start - 1, "}") && !is(start - 1, ";") &&
            !is(start - 1, "]"))
            continue;
        SourceImpl s;
        s.line = t[start].line;
        s.col = t[start].col;
        size_t j = i + 1;
        int depth = 0;
        if (is(j, "<")) { // the impl's generics
            for (; j < t.size(); ++j) {
                if (is(j, "<")) ++depth;
                else if (is(j, ">") && --depth == 0) break;
                else if (t[j].match != kNone && t[j].match > j) j = t[j].match;
            }
            ++j;
        }
        std::string last;
        depth = 0;
        for (; j < t.size() && !(depth == 0 && (is(j, "{") || is(j, "where"))); ++j) {
            if (is(j, "<")) ++depth;
            else if (is(j, ">")) --depth;
            else if (depth == 0 && is(j, "for")) {
                s.trait_name = last;
                last.clear();
            } else if (depth == 0 && t[j].kind == Tok::Ident && t[j].text != "dyn" &&
                       t[j].text != "mut" && t[j].text != "const")
                last = j > 0 && is(j - 1, "$") ? "$" : std::string(t[j].text);
            else if (t[j].match != kNone && t[j].match > j && !is(j, "{")) j = t[j].match;
        }
        s.self_name = last;
        out.push_back(std::move(s));
    }
    return out;
}

uint32_t enclosing_body_owner(const HirCrate& crate, uint32_t item) {
    uint32_t p = crate.items[item].parent;
    while (p != kNone) {
        HirKind k = crate.items[p].kind;
        if ((k == HirKind::Fn || k == HirKind::Const || k == HirKind::Static) &&
            crate.items[p].depth < crate.items[item].depth)
            return p;
        p = crate.items[p].parent;
    }
    return kNone;
}

} // namespace mirage::items::hir
