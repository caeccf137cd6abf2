// Recursive-descent parser over rustc's MIR text. The grammar follows rustc's printers
// (compiler/rustc_middle/src/mir/pretty.rs: write_mir_sig, write_scope_tree,
// write_basic_block, the Debug impls of StatementKind, Rvalue, Operand, Place, TerminatorKind;
// compiler/rustc_middle/src/ty/print/pretty.rs for types and constant values).
//
// Failure inside a body unwinds to the body loop through a private exception type (never on the
// success path) and is turned into a ParseFailure; the caller sees only values.
#include "mir/parser.h"

#include <cstring>
#include <string>
#include <unordered_map>

namespace mirage::mir {

namespace {

struct SyntaxError {
    const char* at;
    const char* message;
};

bool is_ident_start(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
bool is_ident_char(unsigned char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }


struct OpName {
    const char* name;
    uint8_t op;
    bool binary;
};
const OpName kOpNames[] = {
    {"Add", (uint8_t)BinOp::Add, true},
    {"AddUnchecked", (uint8_t)BinOp::AddUnchecked, true},
    {"AddWithOverflow", (uint8_t)BinOp::AddWithOverflow, true},
    {"Sub", (uint8_t)BinOp::Sub, true},
    {"SubUnchecked", (uint8_t)BinOp::SubUnchecked, true},
    {"SubWithOverflow", (uint8_t)BinOp::SubWithOverflow, true},
    {"Mul", (uint8_t)BinOp::Mul, true},
    {"MulUnchecked", (uint8_t)BinOp::MulUnchecked, true},
    {"MulWithOverflow", (uint8_t)BinOp::MulWithOverflow, true},
    {"Div", (uint8_t)BinOp::Div, true},
    {"Rem", (uint8_t)BinOp::Rem, true},
    {"BitXor", (uint8_t)BinOp::BitXor, true},
    {"BitAnd", (uint8_t)BinOp::BitAnd, true},
    {"BitOr", (uint8_t)BinOp::BitOr, true},
    {"Shl", (uint8_t)BinOp::Shl, true},
    {"ShlUnchecked", (uint8_t)BinOp::ShlUnchecked, true},
    {"Shr", (uint8_t)BinOp::Shr, true},
    {"ShrUnchecked", (uint8_t)BinOp::ShrUnchecked, true},
    {"Eq", (uint8_t)BinOp::Eq, true},
    {"Lt", (uint8_t)BinOp::Lt, true},
    {"Le", (uint8_t)BinOp::Le, true},
    {"Ne", (uint8_t)BinOp::Ne, true},
    {"Ge", (uint8_t)BinOp::Ge, true},
    {"Gt", (uint8_t)BinOp::Gt, true},
    {"Cmp", (uint8_t)BinOp::Cmp, true},
    {"Offset", (uint8_t)BinOp::Offset, true},
    {"Not", (uint8_t)UnOp::Not, false},
    {"Neg", (uint8_t)UnOp::Neg, false},
    {"PtrMetadata", (uint8_t)UnOp::PtrMetadata, false},
};

class Parser {
  public:
    Parser(Interner& in, std::string_view text, const ParseOptions& opt)
        : m_in(in), m_begin(text.data()), m_p(text.data()), m_end(text.data() + text.size()),
          m_opt(opt) {}

    ParsedCrate run();
    // One whole type as rustc prints it; false (with the message) on a syntax error.
    bool run_type(TyId& out, std::string& error);

  private:
    // ---- low-level cursor ----
    [[noreturn]] void fail(const char* message) { throw SyntaxError{m_p, message}; }
    [[noreturn]] void fail_at(const char* at, const char* message) {
        throw SyntaxError{at, message};
    }
    bool eof() const { return m_p >= m_end; }
    char cur() const { return m_p < m_end ? *m_p : '\0'; }
    char at(size_t i) const { return m_p + i < m_end ? m_p[i] : '\0'; }
    void ws() {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t')) ++m_p;
    }
    bool starts(std::string_view s) const {
        return m_p <= m_end && static_cast<size_t>(m_end - m_p) >= s.size() &&
               std::memcmp(m_p, s.data(), s.size()) == 0;
    }
    bool eat(char c) {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool eat(std::string_view s) {
        if (starts(s)) {
            m_p += s.size();
            return true;
        }
        return false;
    }
    void expect(char c) {
        if (!eat(c)) {
            static thread_local char msg[32];
            std::snprintf(msg, sizeof msg, "expected `%c`", c);
            fail(msg);
        }
    }
    void expect(std::string_view s, const char* message) {
        if (!eat(s)) fail(message);
    }
    // A keyword: the word followed by a non-identifier character.
    bool eat_word(std::string_view w) {
        if (starts(w) && !is_ident_char(static_cast<unsigned char>(at(w.size())))) {
            m_p += w.size();
            return true;
        }
        return false;
    }
    std::string_view ident() {
        const char* s = m_p;
        if (starts("r#")) m_p += 2;
        if (!is_ident_start(static_cast<unsigned char>(cur()))) fail("expected an identifier");
        while (m_p < m_end && is_ident_char(static_cast<unsigned char>(*m_p))) ++m_p;
        return {s, static_cast<size_t>(m_p - s)};
    }
    uint32_t number() {
        if (!is_digit(cur())) fail("expected a number");
        uint64_t v = 0;
        while (is_digit(cur())) {
            v = v * 10 + static_cast<uint64_t>(*m_p++ - '0');
            if (v > UINT32_MAX) fail("number too large");
        }
        return static_cast<uint32_t>(v);
    }
    u128 number128() {
        if (!is_digit(cur())) fail("expected a number");
        u128 v = 0;
        while (is_digit(cur())) {
            u128 next = v * 10 + static_cast<u128>(*m_p++ - '0');
            if (next / 10 != v && v != 0) fail("number too large");
            v = next;
        }
        return v;
    }
    const char* line_end(const char* from) const {
        const void* nl = std::memchr(from, '\n', static_cast<size_t>(m_end - from));
        return nl ? static_cast<const char*>(nl) : m_end;
    }
    // The last `;` in [s, e); fails when there is none.
    const char* last_semicolon(const char* s, const char* e) {
        for (const char* q = e; q > s; --q)
            if (q[-1] == ';') return q - 1;
        fail("expected `;`");
    }
    void skip_line() {
        m_p = line_end(m_p);
        if (m_p < m_end) ++m_p;
    }
    void end_of_line() {
        ws();
        if (m_p < m_end && *m_p == '\r') ++m_p;
        if (m_p < m_end && *m_p != '\n') fail("expected end of line");
        if (m_p < m_end) ++m_p;
    }
    Sym sym(const char* s, const char* e) {
        return m_in.intern({s, static_cast<size_t>(e - s)});
    }
    Sym sym(std::string_view s) { return m_in.intern(s); }
    // Skips a string literal starting at m_p (on `"`), honouring escapes.
    void skip_string() {
        expect('"');
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\') ++m_p;
            ++m_p;
        }
        if (m_p >= m_end) fail("unterminated string");
        ++m_p;
    }
    // Skips a balanced region opened by m_p[0], returning the inner text bounds.
    void skip_balanced(char open, char close) {
        int depth = 0;
        while (m_p < m_end) {
            char c = *m_p;
            if (c == '"') {
                skip_string();
                continue;
            }
            if (c == open) ++depth;
            if (c == close && --depth == 0) {
                ++m_p;
                return;
            }
            if (c == '\n') fail("unbalanced brackets");
            ++m_p;
        }
        fail("unbalanced brackets");
    }

    // ---- spans and comments ----
    Span parse_span(const char* s, const char* e);
    void statement_comment(Span& span, uint32_t& scope);
    Range const_notes();

    // ---- types ----
    TyId type();
    TyId type_path(bool allow_paren_sugar);
    TyId qualified_path();
    bool impl_segment_ahead() const;
    void segment_path_tail(std::vector<TyId>& kids, bool allow_paren_sugar);
    TyId segment(bool allow_paren_sugar);
    bool impl_segment_follows();
    void generic_args(std::vector<TyId>& out, char close);
    TyId generic_arg();
    TyId const_arg_text();
    TyId fn_ptr();
    TyId bounds(TyKind kind);
    TyId lifetime();
    TyId braced_type();
    TyId intern(TyKind k, uint8_t flags, Sym s, const std::vector<TyId>& kids) {
        return m_in.intern_ty(k, flags, s, kids);
    }
    TyId intern(TyKind k, uint8_t flags, Sym s, std::initializer_list<TyId> kids) {
        return m_in.intern_ty(k, flags, s, std::span<const TyId>(kids.begin(), kids.size()));
    }

    // ---- values ----
    Place place();
    Operand operand();
    bool try_operand(Operand& out, bool allow_path = true);
    uint32_t constant();
    uint32_t push_const(ConstNode n) {
        m_body->consts.push_back(n);
        return static_cast<uint32_t>(m_body->consts.size() - 1);
    }
    Range push_const_children(const std::vector<uint32_t>& kids) {
        Range r{static_cast<uint32_t>(m_body->const_children.size()),
                static_cast<uint32_t>(kids.size())};
        m_body->const_children.insert(m_body->const_children.end(), kids.begin(), kids.end());
        return r;
    }
    Range push_operands(const std::vector<Operand>& ops) {
        Range r{static_cast<uint32_t>(m_body->operands.size()), static_cast<uint32_t>(ops.size())};
        m_body->operands.insert(m_body->operands.end(), ops.begin(), ops.end());
        return r;
    }
    Range push_syms(const std::vector<Sym>& syms) {
        Range r{static_cast<uint32_t>(m_body->syms.size()), static_cast<uint32_t>(syms.size())};
        m_body->syms.insert(m_body->syms.end(), syms.begin(), syms.end());
        return r;
    }
    std::vector<Operand> operand_list(char close);
    Operand bare_path_operand(TyId path);
    void cast_tail(Rvalue& rv, Operand value);
    void struct_fields(std::vector<Sym>& names, std::vector<Operand>& ops);

    // ---- statements ----
    bool line_is_terminator();
    void statement(Statement& st);
    bool rvalue(Rvalue& rv, Terminator* call);
    void terminator(Terminator& t);
    void edges(Terminator& t);

    // ---- items ----
    void body_header(Body& b, BodyKind kind);
    void scope_contents(uint32_t scope, int depth);
    void basic_block();
    void allocation(Body* b);
    void alloc_bytes_line(Allocation& a, std::string& pending_ptr, uint64_t& offset,
                          uint32_t& pending_offset);

    uint32_t line_of(const char* at) const;

    Interner& m_in;
    const char* m_begin;
    const char* m_p;
    const char* m_end;
    ParseOptions m_opt;
    Body* m_body = nullptr;
    const char* m_last_file = nullptr; // span file cache: text and interned sym
    size_t m_last_file_len = 0;
    Sym m_last_file_sym = 0;
    std::unordered_map<const char*, bool> m_impl_lookahead;
    mutable const char* m_line_pos = nullptr;
    mutable uint32_t m_line_no = 1;
};

uint32_t Parser::line_of(const char* at) const {
    if (!m_line_pos || at < m_line_pos) {
        m_line_pos = m_begin;
        m_line_no = 1;
    }
    const char* q = m_line_pos;
    while (q < at) {
        const void* nl = std::memchr(q, '\n', static_cast<size_t>(at - q));
        if (!nl) break;
        q = static_cast<const char*>(nl) + 1;
        ++m_line_no;
    }
    m_line_pos = q;
    return m_line_no;
}

// `FILE:L:C: L:C`. The file may itself contain `:` so we parse from the end.
Span Parser::parse_span(const char* s, const char* e) {
    Span span;
    while (e > s && (e[-1] == ' ' || e[-1] == '\r')) --e;
    if (e - s == 11 && std::memcmp(s, "no-location", 11) == 0) return span; // file == 0
    auto read_back = [&](const char*& q, uint32_t& v) {
        const char* d = q;
        while (d > s && is_digit(d[-1])) --d;
        if (d == q) fail_at(q, "malformed span");
        v = 0;
        for (const char* x = d; x < q; ++x) v = v * 10 + static_cast<uint32_t>(*x - '0');
        q = d;
    };
    const char* q = e;
    read_back(q, span.hi_col);
    if (q <= s || *--q != ':') fail_at(q, "malformed span");
    read_back(q, span.hi_line);
    if (q - s < 2 || q[-1] != ' ' || q[-2] != ':') fail_at(q, "malformed span");
    q -= 2;
    read_back(q, span.lo_col);
    if (q <= s || *--q != ':') fail_at(q, "malformed span");
    read_back(q, span.lo_line);
    if (q <= s || *--q != ':') fail_at(q, "malformed span");
    size_t len = static_cast<size_t>(q - s);
    if (len == 0) fail_at(s, "span without a file");
    if (m_last_file && len == m_last_file_len && std::memcmp(m_last_file, s, len) == 0) {
        span.file = m_last_file_sym;
    } else {
        span.file = sym(s, q);
        m_last_file = s;
        m_last_file_len = len;
        m_last_file_sym = span.file;
    }
    return span;
}

// ` // scope N at SPAN` after a statement; the line's newline is consumed.
void Parser::statement_comment(Span& span, uint32_t& scope) {
    ws();
    if (!eat("// scope ")) {
        end_of_line();
        return;
    }
    scope = number();
    expect(" at ", "expected ` at ` in scope comment");
    const char* e = line_end(m_p);
    span = parse_span(m_p, e);
    m_p = e;
    end_of_line();
}

// The comment blocks that follow a statement: `// mir::ConstOperand`, `// closure`,
// `// coroutine`, `// adt`, each followed by `// + key: value` lines.
Range Parser::const_notes() {
    Range r{static_cast<uint32_t>(m_body->notes.size()), 0};
    auto comment_start = [&](const char* q) {
        while (q < m_end && *q == ' ') ++q;
        return q;
    };
    while (true) {
        const char* q = comment_start(m_p);
        if (m_end - q < 3 || q[0] != '/' || q[1] != '/' || q[2] != ' ') break;
        std::string_view head(q + 3, static_cast<size_t>(line_end(q) - q - 3));
        Note note;
        if (head == "mir::ConstOperand") note.kind = NoteKind::Const;
        else if (head == "closure") note.kind = NoteKind::Closure;
        else if (head == "coroutine") note.kind = NoteKind::Coroutine;
        else if (head == "adt") note.kind = NoteKind::Adt;
        else break;
        m_p = line_end(q);
        end_of_line();
        while (true) {
            q = comment_start(m_p);
            if (static_cast<size_t>(m_end - q) < 5 || std::memcmp(q, "// + ", 5) != 0) break;
            m_p = q + 5;
            if (eat("span: ")) {
                const char* e = line_end(m_p);
                note.span = parse_span(m_p, e);
                m_p = e;
            } else if (eat("user_ty: ")) {
                const char* e = line_end(m_p);
                note.user_ty = sym(m_p, e);
                m_p = e;
            } else if (eat("def_id: ")) {
                const char* e = line_end(m_p);
                note.def_id = sym(m_p, e);
                m_p = e;
            } else if (eat("kind: ")) {
                const char* e = line_end(m_p);
                note.coroutine_kind = sym(m_p, e);
                m_p = e;
            } else if (eat("args: [")) {
                // `{:#?}` of the generic args: one element per `//     ` line, then `// ]`.
                std::string joined;
                if (!eat(']')) {
                    end_of_line();
                    while (true) {
                        q = comment_start(m_p);
                        if (static_cast<size_t>(m_end - q) >= 4 && std::memcmp(q, "// ]", 4) == 0) {
                            m_p = q + 4;
                            break;
                        }
                        if (static_cast<size_t>(m_end - q) < 7 ||
                            std::memcmp(q, "//     ", 7) != 0)
                            fail("expected a generic argument line");
                        const char* e = line_end(q);
                        if (!joined.empty()) joined += '\n';
                        joined.append(q + 7, e);
                        m_p = e;
                        end_of_line();
                    }
                }
                note.args = sym(joined);
            } else if (eat("const_: Const { ty: ")) {
                note.ty = type();
                expect(", val: ", "expected `, val: `");
                const char* e = line_end(m_p);
                const char* close = e;
                while (close > m_p && close[-1] == ' ') --close;
                if (close - m_p < 2 || close[-1] != '}' || close[-2] != ' ')
                    fail("expected ` }` closing the constant note");
                note.val = sym(m_p, close - 2);
                m_p = e;
            } else {
                fail("unknown note line");
            }
            end_of_line();
        }
        if ((note.kind == NoteKind::Const && note.ty == 0) ||
            ((note.kind == NoteKind::Closure || note.kind == NoteKind::Coroutine) &&
             note.def_id == 0))
            fail("incomplete note");
        m_body->notes.push_back(note);
        ++r.count;
    }
    return r;
}

// ---------------------------------------------------------------------------------------------
// Types

TyId Parser::lifetime() {
    const char* s = m_p;
    expect('\'');
    if (cur() == '{') {
        skip_balanced('{', '}');
    } else {
        while (is_ident_char(static_cast<unsigned char>(cur()))) ++m_p;
    }
    return intern(TyKind::Lifetime, 0, sym(s, m_p), {});
}

TyId Parser::braced_type() {
    const char* s = m_p;
    int depth = 0;
    // Balanced over `{}` only; closure spans and `async fn body of f()` contain no braces.
    while (m_p < m_end) {
        char c = *m_p;
        if (c == '{') ++depth;
        else if (c == '}' && --depth == 0) break;
        else if (c == '\n') fail("unterminated `{...}` type");
        ++m_p;
    }
    if (m_p >= m_end) fail("unterminated `{...}` type");
    ++m_p;
    return intern(TyKind::Braced, 0, sym(s + 1, m_p - 1), {});
}

TyId Parser::fn_ptr() {
    uint8_t flags = 0;
    Sym abi = 0;
    if (eat("#[target_features] ")) flags |= kTargetFeatures;
    if (eat_word("safe")) {
        flags |= kSafe;
        ws();
    }
    if (eat_word("unsafe")) {
        flags |= kUnsafe;
        ws();
    }
    if (eat_word("extern")) {
        ws();
        const char* s = m_p;
        skip_string();
        abi = sym(s, m_p);
        ws();
    }
    if (!eat_word("fn")) fail("expected `fn`");
    expect('(');
    std::vector<TyId> kids{0};
    ws();
    while (!eat(')')) {
        if (eat("...")) {
            flags |= kVariadic;
            ws();
            expect(')');
            break;
        }
        kids.push_back(type());
        ws();
        if (!eat(',')) {
            expect(')');
            break;
        }
        ws();
    }
    if (starts(" -> ")) {
        m_p += 4;
        kids[0] = type();
    }
    TyId sig = intern(TyKind::FnPtr, flags, abi, kids);
    // A fn item type: `fn(A) -> R {path}`. A `{` followed by a newline opens a body instead.
    if (starts(" {") && at(2) != '\n' && at(2) != '\r') {
        m_p += 2;
        TyId path = cur() == '<' ? qualified_path() : type_path(false);
        expect('}');
        return intern(TyKind::FnDef, 0, 0, {sig, path});
    }
    return sig;
}

TyId Parser::bounds(TyKind kind) {
    std::vector<TyId> kids;
    while (true) {
        ws();
        if (cur() == '\'') kids.push_back(lifetime());
        else if (starts("for<")) {
            const char* s = m_p;
            m_p += 3;
            skip_balanced('<', '>');
            Sym binder = sym(s, m_p);
            ws();
            TyId inner;
            if (starts("[const] ") || starts("~const ")) {
                const char* ms = m_p;
                while (*m_p != ' ') ++m_p;
                Sym modifier = sym(ms, m_p);
                ++m_p;
                inner = intern(TyKind::Binder, 0, modifier, {type_path(true)});
            } else {
                inner = type_path(true);
            }
            kids.push_back(intern(TyKind::Binder, 0, binder, {inner}));
        } else if (cur() == '?' || starts("[const] ") || starts("~const ") ||
                   starts("const ")) {
            // bound modifiers: `?Sized`, `[const] Destruct`
            const char* s = m_p;
            const char* e;
            if (cur() == '?') e = ++m_p;
            else {
                while (*m_p != ' ') ++m_p;
                e = m_p++;
            }
            Sym modifier = sym(s, e);
            TyId p = type_path(true);
            kids.push_back(intern(TyKind::Binder, 0, modifier, {p}));
        } else {
            kids.push_back(type_path(true));
        }
        if (starts(" + ")) {
            m_p += 3;
            continue;
        }
        break;
    }
    return intern(kind, 0, 0, kids);
}

TyId Parser::type() {
    ws();
    char c = cur();
    switch (c) {
    case '&': {
        ++m_p;
        TyId lt = 0;
        if (cur() == '\'') {
            lt = lifetime();
            expect(' ');
        }
        uint8_t flags = 0;
        if (eat("mut ")) flags = kMut;
        TyId pointee = type();
        return intern(TyKind::Ref, flags, 0, {lt, pointee});
    }
    case '*': {
        ++m_p;
        uint8_t flags = 0;
        if (eat("mut ")) flags = kMut;
        else expect("const ", "expected `const` or `mut` after `*`");
        return intern(TyKind::RawPtr, flags, 0, {type()});
    }
    case '[': {
        ++m_p;
        TyId elem = type();
        ws();
        if (eat(';')) {
            ws();
            // The length as printed: a literal, a const parameter, or an unevaluated
            // expression such as `size_of::<Self>()`; kept verbatim.
            const char* ls = m_p;
            int depth = 0;
            while (m_p < m_end && *m_p != '\n' && !(depth == 0 && *m_p == ']')) {
                char d = *m_p;
                if (d == '(' || d == '[' || d == '{' || (d == '<')) ++depth;
                else if (d == ')' || d == ']' || d == '}' || (d == '>' && m_p[-1] != '-')) --depth;
                ++m_p;
            }
            if (m_p == ls) fail("expected an array length");
            TyId len = intern(TyKind::ConstArg, 0, sym(ls, m_p), {});
            expect(']');
            return intern(TyKind::Array, 0, 0, {elem, len});
        }
        expect(']');
        return intern(TyKind::Slice, 0, 0, {elem});
    }
    case '(': {
        ++m_p;
        std::vector<TyId> elems;
        bool trailing_comma = false;
        ws();
        while (!eat(')')) {
            elems.push_back(type());
            ws();
            trailing_comma = eat(',');
            if (!trailing_comma) {
                expect(')');
                break;
            }
            ws();
        }
        // `(dyn A + B)` is grouping, not a 1-tuple (which prints as `(T,)`).
        if (elems.size() == 1 && !trailing_comma) {
            if (starts(" is ")) {
                // pattern type: `(u32) is 1..`, `(i8) is (i8::MIN..=-1 | 1..)`
                m_p += 4;
                const char* ps = m_p;
                if (cur() == '(') skip_balanced('(', ')');
                else
                    while (m_p < m_end && *m_p != ' ' && *m_p != ';' && *m_p != ',' &&
                           *m_p != '>' && *m_p != ')' && *m_p != ']' && *m_p != '\n' &&
                           *m_p != '}') {
                        if (*m_p == '\'') {
                            // a char literal bound: '\u{1}'..
                            ++m_p;
                            while (m_p < m_end && *m_p != '\'' && *m_p != '\n') {
                                if (*m_p == '\\') ++m_p;
                                ++m_p;
                            }
                        }
                        ++m_p;
                    }
                return intern(TyKind::Pattern, 0, sym(ps, m_p), {elems[0]});
            }
            return elems[0];
        }
        return intern(TyKind::Tuple, 0, 0, elems);
    }
    case '!':
        ++m_p;
        return intern(TyKind::Never, 0, 0, {});
    case '{':
        return braced_type();
    case '<':
        return qualified_path();
    case '\'':
        return lifetime();
    default:
        break;
    }
    if (c == '_' && !is_ident_char(static_cast<unsigned char>(at(1)))) {
        ++m_p;
        return intern(TyKind::Infer, 0, 0, {});
    }
    if (starts("fn(") || starts("unsafe ") || starts("extern \"") || starts("safe fn") ||
        starts("#[target_features] "))
        return fn_ptr();
    if (starts("for<")) {
        const char* s = m_p;
        m_p += 3;
        skip_balanced('<', '>');
        Sym binder = sym(s, m_p);
        ws();
        return intern(TyKind::Binder, 0, binder, {type()});
    }
    if (eat("dyn ")) return bounds(TyKind::Dyn);
    if (eat("impl ")) return bounds(TyKind::Impl);
    return type_path(false);
}

TyId Parser::generic_arg() {
    ws();
    char c = cur();
    if (is_digit(c) || (c == '-' && is_digit(at(1))) || c == '"' ||
        (c == '\'' && (at(2) == '\'' || at(1) == '\\')))
        return const_arg_text();
    if (eat_word("true")) return intern(TyKind::ConstArg, 0, sym("true"), {});
    if (eat_word("false")) return intern(TyKind::ConstArg, 0, sym("false"), {});
    // `Name = T` associated item constraint.
    if (is_ident_start(static_cast<unsigned char>(c))) {
        const char* s = m_p;
        std::string_view name = ident();
        if (starts(" = ")) {
            m_p += 3;
            return intern(TyKind::AssocEq, 0, sym(name), {type()});
        }
        m_p = s;
    }
    return type();
}

// A literal const argument, kept as printed (`3_usize`, `-1_i32`, `'a'`).
TyId Parser::const_arg_text() {
    const char* s = m_p;
    if (cur() == '"') skip_string();
    else if (cur() == '\'') {
        ++m_p;
        if (eat('\\')) {
            if (cur() == 'u') skip_balanced('{', '}');
            else ++m_p;
        } else {
            // one UTF-8 character
            ++m_p;
            while (m_p < m_end && (static_cast<unsigned char>(*m_p) & 0xC0) == 0x80) ++m_p;
        }
        expect('\'');
    } else {
        if (cur() == '-') ++m_p;
        while (is_ident_char(static_cast<unsigned char>(cur())) || cur() == '.') ++m_p;
    }
    return intern(TyKind::ConstArg, 0, sym(s, m_p), {});
}

void Parser::generic_args(std::vector<TyId>& out, char close) {
    ws();
    if (eat(close)) return;
    while (true) {
        out.push_back(generic_arg());
        ws();
        if (eat(',')) {
            ws();
            continue;
        }
        if (!eat(close)) fail("expected `,` or `>` in generic arguments");
        return;
    }
}

TyId Parser::segment(bool allow_paren_sugar) {
    // `<impl at SPAN>`, `<impl T>` or `<impl Trait for T>`
    if (starts("<impl ")) {
        m_p += 6;
        if (eat("at ")) {
            const char* s = m_p;
            const char* e = static_cast<const char*>(std::memchr(m_p, '>', line_end(m_p) - m_p));
            if (!e) fail("unterminated `<impl at ...>`");
            m_p = e + 1;
            return intern(TyKind::ImplSegment, 0, sym(s, e), {});
        }
        TyId first = type();
        std::vector<TyId> kids{first};
        if (eat(" for ")) kids.push_back(type());
        expect('>');
        return intern(TyKind::ImplSegment, 0, 0, kids);
    }
    const char* s = m_p;
    if (cur() == '{') {
        // `{closure#0}`, `{constant#1}`, `{shim:...}`: disambiguated path data
        const char* e = static_cast<const char*>(std::memchr(m_p, '}', line_end(m_p) - m_p));
        if (!e) fail("unterminated `{...}` path segment");
        m_p = e + 1;
    } else if (is_digit(cur())) {
        // a field of a tuple struct in a def path: `u256::0::{constant#0}`
        number();
    } else if (starts("::")) {
        // an empty segment, as in `core::::num::{impl#9}` (a crate root printed without name)
    } else {
        ident();
        if (std::string_view(s, m_p - s) == "promoted" && cur() == '[') {
            ++m_p;
            number();
            expect(']');
        }
    }
    Sym name = sym(s, m_p);
    std::vector<TyId> args;
    uint8_t flags = 0;
    if (cur() == '<') {
        ++m_p;
        flags |= kHasArgs;
        generic_args(args, '>');
    } else if (starts("::<") && !impl_segment_follows()) {
        m_p += 3;
        flags |= kHasArgs | kTurbofish;
        generic_args(args, '>');
    } else if (allow_paren_sugar && cur() == '(') {
        ++m_p;
        flags |= kParenSugar;
        std::vector<TyId> inputs;
        generic_args(inputs, ')');
        args.push_back(intern(TyKind::Tuple, 0, 0, inputs));
        TyId output = 0;
        if (starts(" -> ")) {
            m_p += 4;
            output = type();
        }
        args.push_back(output);
    }
    return intern(TyKind::Segment, flags, name, args);
}

// At `::<impl `: an impl path segment (`num::<impl u32>::MAX`, followed by `::`) rather than a
// turbofish whose first argument is an `impl Trait` type (`f::<impl Fn()>(..)`).
bool Parser::impl_segment_follows() {
    if (!starts("::<impl ")) return false;
    if (starts("::<impl at ")) return true;
    // Memoized by position: nested `::<impl` lookaheads would otherwise backtrack exponentially.
    if (auto it = m_impl_lookahead.find(m_p); it != m_impl_lookahead.end()) return it->second;
    const char* save = m_p;
    size_t consts = m_body ? m_body->consts.size() : 0;
    m_p += 2;
    bool ok = true;
    try {
        segment(false);
        ok = starts("::");
    } catch (const SyntaxError&) {
        ok = false;
    }
    m_p = save;
    if (m_body) m_body->consts.resize(consts);
    m_impl_lookahead.emplace(save, ok);
    return ok;
}

void Parser::segment_path_tail(std::vector<TyId>& kids, bool allow_paren_sugar) {
    while (starts("::") && (at(2) != '<' || impl_segment_follows())) {
        m_p += 2;
        kids.push_back(segment(allow_paren_sugar));
    }
}

TyId Parser::type_path(bool allow_paren_sugar) {
    std::vector<TyId> kids;
    kids.push_back(segment(allow_paren_sugar));
    segment_path_tail(kids, allow_paren_sugar);
    // Primitive types are single bare segments.
    if (kids.size() == 1) {
        const TyNode& seg = m_in.ty(kids[0]);
        if (seg.child_count == 0 && seg.flags == 0)
            if (TyId prim = m_in.primitive_type(seg.sym)) return prim;
    }
    return intern(TyKind::Path, 0, 0, kids);
}

// At `<impl `: is this an impl path segment (`<impl Tr for T>::f`, `<impl T>::f`, printed for
// items of impls at a crate's root) rather than a qualified path on an opaque type
// (`<impl Tr as Tr2>::X`)? Scans the text to the `>` closing it without interning anything.
bool Parser::impl_segment_ahead() const {
    if (!starts("<impl ")) return false;
    const char* p = m_p + 6;
    const char* end = line_end(p);
    int depth = 0;
    for (; p < end; ++p) {
        char c = *p;
        if (c == '-' && p + 1 < end && p[1] == '>') {
            ++p;
            continue;
        }
        if (c == '<' || c == '(' || c == '[') ++depth;
        else if (c == ')' || c == ']') --depth;
        else if (c == '>') {
            if (depth == 0) return true; // `<impl T>`
            --depth;
        } else if (depth == 0 && c == ' ') {
            std::string_view rest(p, static_cast<size_t>(end - p));
            if (rest.starts_with(" for ")) return true;
            if (rest.starts_with(" as ")) return false;
        }
    }
    return false;
}

// `<T as Trait>::a::b` or `<T>::a`
TyId Parser::qualified_path() {
    if (starts("<impl at ") || impl_segment_ahead()) return type_path(false);
    expect('<');
    TyId self_ty = type();
    TyId trait = 0;
    if (eat(" as ")) trait = cur() == '<' ? qualified_path() : type_path(false);
    expect('>');
    std::vector<TyId> kids{self_ty, trait};
    segment_path_tail(kids, false);
    return intern(TyKind::QPath, 0, 0, kids);
}

// ---------------------------------------------------------------------------------------------
// Places, operands, constants

Place Parser::place() {
    // Openers, outermost first: '(' for Field/Downcast/OpaqueCast, '*' for Deref,
    // 'u' for unwrap_binder!(.
    char openers[64];
    int n = 0;
    while (true) {
        if (starts("(*")) {
            if (n == 64) fail("place nested too deeply");
            openers[n++] = '*';
            m_p += 2;
        } else if (cur() == '(') {
            if (n == 64) fail("place nested too deeply");
            openers[n++] = '(';
            ++m_p;
        } else if (starts("unwrap_binder!(")) {
            if (n == 64) fail("place nested too deeply");
            openers[n++] = 'u';
            m_p += 15;
        } else {
            break;
        }
    }
    Place pl;
    expect('_');
    pl.local = number();
    pl.proj.begin = static_cast<uint32_t>(m_body->projections.size());
    auto push = [&](Projection pr) {
        m_body->projections.push_back(pr);
        ++pl.proj.count;
    };
    while (true) {
        if (cur() == '[') {
            ++m_p;
            Projection pr{};
            if (cur() == '_') {
                ++m_p;
                pr.kind = ProjKind::Index;
                pr.a = number();
            } else if (cur() == ':') {
                // [:-to]
                ++m_p;
                expect('-');
                pr.kind = ProjKind::Subslice;
                pr.from_end = 1;
                pr.a = 0;
                pr.b = number();
            } else {
                bool neg = eat('-');
                uint32_t first = number();
                if (eat(" of ")) {
                    pr.kind = ProjKind::ConstantIndex;
                    pr.from_end = neg;
                    pr.a = first;
                    pr.b = number();
                } else if (eat(':')) {
                    pr.kind = ProjKind::Subslice;
                    pr.from_end = 1;
                    pr.a = first;
                    if (eat('-')) pr.b = number();
                    else pr.b = 0;
                } else if (eat("..")) {
                    pr.kind = ProjKind::Subslice;
                    pr.a = first;
                    pr.b = number();
                } else {
                    fail("malformed index projection");
                }
            }
            expect(']');
            push(pr);
            continue;
        }
        if (n == 0) break;
        char op = openers[n - 1];
        if (op == '*') {
            expect(')');
            push(Projection{ProjKind::Deref});
        } else if (op == 'u') {
            expect("; ", "expected `; ` in unwrap_binder!");
            Projection pr{ProjKind::UnwrapUnsafeBinder};
            pr.ty = type();
            expect(')');
            push(pr);
        } else if (cur() == '.') {
            ++m_p;
            Projection pr{ProjKind::Field};
            pr.a = number();
            expect(": ", "expected `: ` in field projection");
            pr.ty = type();
            expect(')');
            push(pr);
        } else if (eat(" as ")) {
            Projection pr{ProjKind::Downcast};
            if (eat("variant#")) {
                pr.a = number();
                expect(')');
            } else {
                const char* s = m_p;
                if (is_ident_start(static_cast<unsigned char>(cur()))) {
                    std::string_view name = ident();
                    if (cur() == ')') {
                        ++m_p;
                        pr.sym = sym(name);
                        push(pr);
                        --n;
                        continue;
                    }
                    m_p = s;
                }
                pr.kind = ProjKind::OpaqueCast;
                pr.ty = type();
                expect(')');
            }
            push(pr);
        } else {
            fail("expected a projection");
        }
        --n;
    }
    return pl;
}

// A fn item used as an operand: rustc prints it as its bare path, without `const `.
Operand Parser::bare_path_operand(TyId path) {
    Operand o{};
    o.kind = OperandKind::Constant;
    ConstNode n{ConstKind::Path};
    n.flags = kBareConst;
    n.ty = path;
    o.constant = push_const(n);
    return o;
}

// After `VALUE as `: `TY (CastKind)`.
void Parser::cast_tail(Rvalue& rv, Operand value) {
    rv.kind = RvalueKind::Cast;
    rv.ops = push_operands({value});
    rv.ty = type();
    expect(" (", "expected ` (` before the cast kind");
    const char* s = m_p;
    --m_p;
    skip_balanced('(', ')');
    rv.sym = sym(s, m_p - 1);
}

// A fn item constant prints as its bare path (ConstOperand's Display omits `const ` for FnDef).
bool Parser::try_operand(Operand& o, bool allow_path) {
    if (eat("copy ")) {
        o.kind = OperandKind::Copy;
        o.place = place();
        return true;
    }
    if (eat("move ")) {
        o.kind = OperandKind::Move;
        o.place = place();
        return true;
    }
    if (eat("const ")) {
        o.kind = OperandKind::Constant;
        o.constant = constant();
        return true;
    }
    if (eat_word("UbChecks")) {
        o.kind = OperandKind::RuntimeChecks;
        o.constant = (uint32_t)RuntimeCheck::UbChecks;
        return true;
    }
    if (eat_word("ContractChecks")) {
        o.kind = OperandKind::RuntimeChecks;
        o.constant = (uint32_t)RuntimeCheck::ContractChecks;
        return true;
    }
    if (eat_word("OverflowChecks")) {
        o.kind = OperandKind::RuntimeChecks;
        o.constant = (uint32_t)RuntimeCheck::OverflowChecks;
        return true;
    }
    if (allow_path && (cur() == '<' || is_ident_start(static_cast<unsigned char>(cur())))) {
        o = bare_path_operand(cur() == '<' ? qualified_path() : type_path(false));
        return true;
    }
    return false;
}

Operand Parser::operand() {
    Operand o{};
    if (!try_operand(o)) fail("expected an operand");
    return o;
}

std::vector<Operand> Parser::operand_list(char close) {
    std::vector<Operand> ops;
    ws();
    if (eat(close)) return ops;
    while (true) {
        ops.push_back(operand());
        ws();
        if (eat(',')) {
            ws();
            if (eat(close)) return ops; // `(x,)`
            continue;
        }
        if (!eat(close)) fail("expected `,` or closing bracket in operand list");
        return ops;
    }
}

// A constant value as pretty_print_const_value prints it.
uint32_t Parser::constant() {
    char c = cur();
    ConstNode n{};
    const char* s = m_p;
    if (is_digit(c) || (c == '-' && (is_digit(at(1)) || starts("-inf")))) {
        if (c == '-') ++m_p;
        while (true) {
            char d = cur();
            if (is_ident_char(static_cast<unsigned char>(d)) || d == '.') {
                ++m_p;
            } else if ((d == '+' || d == '-') && (m_p[-1] == 'e' || m_p[-1] == 'E') &&
                       s[0] != '0') {
                ++m_p;
            } else {
                break;
            }
        }
        std::string_view text(s, m_p - s);
        bool is_float = text.find("0x") == std::string_view::npos &&
                        (text.ends_with("f16") || text.ends_with("f32") ||
                         text.ends_with("f64") || text.ends_with("f128"));
        n.kind = is_float ? ConstKind::Float : ConstKind::Int;
        n.sym = sym(text);
        return push_const(n);
    }
    if (starts("NaN_f") || starts("inf_f") || starts("+Inf_f") || starts("-Inf_f") ||
        starts("Inf_f") || starts("-NaN_f") || starts("+NaN_f") || starts("-inf_f")) {
        if (c == '+' || c == '-') ++m_p;
        ident();
        n.kind = ConstKind::Float;
        n.sym = sym(s, m_p);
        return push_const(n);
    }
    if (eat_word("true") || eat_word("false")) {
        n.kind = ConstKind::Bool;
        n.sym = sym(s, m_p);
        return push_const(n);
    }
    if (c == '\'') {
        ++m_p;
        if (eat('\\')) {
            if (cur() == 'u') skip_balanced('{', '}');
            else ++m_p;
        } else {
            ++m_p;
            while (m_p < m_end && (static_cast<unsigned char>(*m_p) & 0xC0) == 0x80) ++m_p;
        }
        expect('\'');
        n.kind = ConstKind::Char;
        n.sym = sym(s, m_p);
        return push_const(n);
    }
    if (c == '"') {
        skip_string();
        n.kind = ConstKind::Str;
        n.sym = sym(s, m_p);
        return push_const(n);
    }
    if (starts("b\"") || starts("*b\"")) {
        if (c == '*') {
            n.flags = 1;
            ++m_p;
        }
        const char* q = m_p;
        ++m_p;
        skip_string();
        n.kind = ConstKind::ByteStr;
        n.sym = sym(q, m_p);
        return push_const(n);
    }
    if (starts("<static(") || starts("<function>") || starts("<vtable>") ||
        starts("<typeid>") || starts("<dangling pointer>") || starts("<too short allocation>")) {
        // pointers into something other than memory, printed as a placeholder
        if (starts("<static(")) {
            m_p += 7;
            skip_balanced('(', ')');
            expect('>');
        } else {
            m_p = static_cast<const char*>(std::memchr(m_p, '>', line_end(m_p) - m_p)) + 1;
        }
        n.kind = ConstKind::Raw;
        n.sym = sym(s, m_p);
        return push_const(n);
    }
    if (eat("<uninit>")) {
        n.kind = ConstKind::Uninit;
        return push_const(n);
    }
    if (c == '(' || c == '[') {
        ++m_p;
        char close = c == '(' ? ')' : ']';
        std::vector<uint32_t> kids;
        ws();
        while (!eat(close)) {
            kids.push_back(constant());
            ws();
            if (eat(',')) {
                ws();
                continue;
            }
            expect(close);
            break;
        }
        n.kind = c == '(' ? (kids.empty() ? ConstKind::Unit : ConstKind::Tuple) : ConstKind::Array;
        n.children = push_const_children(kids);
        return push_const(n);
    }
    if (c == '{') {
        // `{VALUE as TY}` / `{VALUE: TY}`
        ++m_p;
        const char* vs = m_p;
        int depth = 0;
        while (true) {
            if (m_p >= m_end || *m_p == '\n') fail("unterminated `{value: type}` constant");
            char d = *m_p;
            if (d == '(' || d == '<' || d == '[') ++depth;
            else if (d == ')' || d == ']' || (d == '>' && m_p[-1] != '-')) --depth;
            else if (depth == 0 && starts(": ")) break;
            else if (depth == 0 && starts(" as ")) break;
            ++m_p;
        }
        n.kind = ConstKind::Typed;
        n.sym = sym(vs, m_p);
        if (eat(" as ")) n.flags = 1;
        else m_p += 2;
        n.ty = type();
        expect('}');
        return push_const(n);
    }
    if (starts("Slice { ") || starts("Indirect { ") || starts("Scalar(") ||
        starts("ZeroSized: ")) {
        // pretty_print_const_value's fallback: `{ConstValue:?}: {ty}`
        int depth = 0;
        while (m_p < m_end && *m_p != '\n' && !(depth == 0 && starts(": "))) {
            if (*m_p == '{' || *m_p == '(') ++depth;
            if (*m_p == '}' || *m_p == ')') --depth;
            ++m_p;
        }
        n.kind = ConstKind::Raw;
        n.sym = sym(s, m_p);
        expect(": ", "expected `: ` after a raw constant");
        n.ty = type();
        return push_const(n);
    }
    if (c == '<' || is_ident_start(static_cast<unsigned char>(c))) {
        TyId path = c == '<' ? qualified_path() : type_path(false);
        n.ty = path;
        // `const f::{constant#0}(move _1)`: a constant fn pointer being called, not a tuple
        if (cur() == '(' && !(starts("(move ") || starts("(copy ") || starts("(const ") ||
                              starts("()"))) {
            ++m_p;
            std::vector<uint32_t> kids;
            ws();
            while (!eat(')')) {
                kids.push_back(constant());
                ws();
                if (eat(',')) {
                    ws();
                    continue;
                }
                expect(')');
                break;
            }
            n.kind = ConstKind::AdtTuple;
            n.children = push_const_children(kids);
            return push_const(n);
        }
        if (starts(" { ")) {
            m_p += 3;
            std::vector<uint32_t> kids;
            ws();
            while (!eat('}')) {
                const char* fs = m_p;
                ident();
                Sym fname = sym(fs, m_p);
                expect(": ", "expected `: ` in constant struct field");
                uint32_t v = constant();
                ConstNode f{ConstKind::Field};
                f.sym = fname;
                f.children = push_const_children({v});
                kids.push_back(push_const(f));
                ws();
                if (eat(',')) ws();
            }
            n.kind = ConstKind::AdtStruct;
            n.children = push_const_children(kids);
            return push_const(n);
        }
        n.kind = ConstKind::Path;
        return push_const(n);
    }
    fail("unknown constant");
}

// `name: operand, ...` up to and including `}`
void Parser::struct_fields(std::vector<Sym>& names, std::vector<Operand>& ops) {
    ws();
    while (!eat('}')) {
        const char* s = m_p;
        while (m_p < m_end && (is_ident_char(static_cast<unsigned char>(*m_p)) || *m_p == '#'))
            ++m_p;
        if (m_p == s) fail("expected a field name");
        names.push_back(sym(s, m_p));
        expect(": ", "expected `: ` after field name");
        ops.push_back(operand());
        ws();
        if (eat(',')) ws();
    }
}

// Returns false when the line turned out to be a call (then `call` is filled from it).
bool Parser::rvalue(Rvalue& rv, Terminator* call) {
    rv = Rvalue{};
    auto as_call = [&](Operand func, std::vector<Operand> args) {
        call->kind = TerminatorKind::Call;
        call->func = func;
        call->args = push_operands(args);
        return false;
    };
    if (cur() == '&') {
        if (eat("&raw const ")) {
            rv.kind = RvalueKind::RawPtr;
            if (eat("(fake) ")) rv.op = 2; // RawPtrKind::FakeForPtrMetadata
            rv.place = place();
            return true;
        }
        if (eat("&raw mut ")) {
            rv.kind = RvalueKind::RawPtr;
            rv.op = 1;
            rv.place = place();
            return true;
        }
        if (eat("&/*tls*/ ")) {
            rv.kind = RvalueKind::ThreadLocalRef;
            if (eat("mut ")) rv.mut_ = 1;
            rv.ty = cur() == '<' ? qualified_path() : type_path(false);
            return true;
        }
        ++m_p;
        rv.kind = RvalueKind::Ref;
        if (eat("fake shallow ")) rv.op = (uint8_t)BorrowKind::FakeShallow;
        else if (eat("fake ")) rv.op = (uint8_t)BorrowKind::Fake;
        else if (eat("mut ")) rv.op = (uint8_t)BorrowKind::Mut;
        else rv.op = (uint8_t)BorrowKind::Shared;
        rv.place = place();
        return true;
    }
    if (eat("deref_copy ")) {
        rv.kind = RvalueKind::CopyForDeref;
        rv.place = place();
        return true;
    }
    if (eat("discriminant(")) {
        rv.kind = RvalueKind::Discriminant;
        rv.place = place();
        expect(')');
        return true;
    }
    if (eat("wrap_binder!(")) {
        rv.kind = RvalueKind::WrapUnsafeBinder;
        rv.ops = push_operands({operand()});
        expect("; ", "expected `; ` in wrap_binder!");
        rv.ty = type();
        expect(')');
        return true;
    }
    if (cur() == '[') {
        ++m_p;
        ws();
        if (eat(']')) {
            rv.kind = RvalueKind::Aggregate;
            rv.op = (uint8_t)AggregateKind::Array;
            return true;
        }
        Operand first = operand();
        if (eat("; ")) {
            rv.kind = RvalueKind::Repeat;
            rv.ops = push_operands({first});
            rv.constant = constant();
            expect(']');
            return true;
        }
        std::vector<Operand> ops{first};
        ws();
        if (eat(',')) {
            auto rest = operand_list(']');
            ops.insert(ops.end(), rest.begin(), rest.end());
        } else {
            expect(']');
        }
        rv.kind = RvalueKind::Aggregate;
        rv.op = (uint8_t)AggregateKind::Array;
        rv.ops = push_operands(ops);
        return true;
    }
    if (cur() == '(') {
        ++m_p;
        rv.kind = RvalueKind::Aggregate;
        rv.op = (uint8_t)AggregateKind::Tuple;
        rv.ops = push_operands(operand_list(')'));
        return true;
    }
    if (starts("*const ") || starts("*mut ")) {
        rv.kind = RvalueKind::Aggregate;
        rv.op = (uint8_t)AggregateKind::RawPtr;
        ++m_p;
        if (eat("mut ")) rv.mut_ = 1;
        else m_p += 6;
        rv.ty = type();
        expect(" from (", "expected ` from (`");
        rv.ops = push_operands(operand_list(')'));
        return true;
    }
    if (cur() == '{') {
        rv.ty = braced_type();
        std::string_view inner = m_in.str(m_in.ty(rv.ty).sym);
        rv.kind = RvalueKind::Aggregate;
        rv.op = (uint8_t)(inner.starts_with("closure@") || inner.starts_with("async closure@")
                              ? AggregateKind::Closure
                              : AggregateKind::Coroutine);
        if (eat(" {")) {
            std::vector<Sym> names;
            std::vector<Operand> ops;
            struct_fields(names, ops);
            rv.names = push_syms(names);
            rv.ops = push_operands(ops);
        }
        return true;
    }
    Operand o{};
    if (try_operand(o, false)) {
        if (eat(" as ")) {
            cast_tail(rv, o);
            return true;
        }
        if (cur() == '(' && call) {
            ++m_p;
            return as_call(o, operand_list(')'));
        }
        rv.kind = RvalueKind::Use;
        rv.ops = push_operands({o});
        return true;
    }
    // Operators, then paths: ADT constructors or (when followed by `->`) calls.
    if (is_ident_start(static_cast<unsigned char>(cur()))) {
        const char* s = m_p;
        std::string_view name = ident();
        if (cur() == '(') {
            for (const OpName& op : kOpNames) {
                if (name == op.name) {
                    ++m_p;
                    auto ops = operand_list(')');
                    if (starts(" -> ")) break; // a call of a fn named like an operator
                    if (ops.size() != (op.binary ? 2u : 1u))
                        fail("wrong operand count for operator");
                    rv.kind = op.binary ? RvalueKind::BinaryOp : RvalueKind::UnaryOp;
                    rv.op = op.op;
                    rv.ops = push_operands(ops);
                    return true;
                }
            }
        }
        m_p = s;
    }
    if (cur() == '<' || is_ident_start(static_cast<unsigned char>(cur()))) {
        TyId path = cur() == '<' ? qualified_path() : type_path(false);
        if (eat(" as ")) {
            // A fn item reified or cast: `foo::<T> as fn() (PointerCoercion(..))`
            cast_tail(rv, bare_path_operand(path));
            return true;
        }
        if (cur() == '(') {
            ++m_p;
            auto ops = operand_list(')');
            if (starts(" -> ") && call) return as_call(bare_path_operand(path), ops);
            rv.kind = RvalueKind::Aggregate;
            rv.op = (uint8_t)AggregateKind::AdtTuple;
            rv.ty = path;
            rv.ops = push_operands(ops);
            return true;
        }
        rv.kind = RvalueKind::Aggregate;
        rv.ty = path;
        if (eat(" {")) {
            std::vector<Sym> names;
            std::vector<Operand> ops;
            struct_fields(names, ops);
            rv.op = (uint8_t)AggregateKind::AdtStruct;
            rv.names = push_syms(names);
            rv.ops = push_operands(ops);
            return true;
        }
        rv.op = (uint8_t)AggregateKind::AdtUnit;
        return true;
    }
    fail("unknown rvalue");
}

bool Parser::line_is_terminator() {
    // Look past this line (and its const notes) for the block's closing `    }`.
    const char* q = line_end(m_p);
    while (q < m_end) {
        ++q; // past '\n'
        const char* t = q;
        while (t < m_end && *t == ' ') ++t;
        if (t < m_end && *t == '}') return true;
        if (static_cast<size_t>(m_end - t) >= 2 && t[0] == '/' && t[1] == '/') {
            q = line_end(q);
            continue;
        }
        return false;
    }
    return true;
}

void Parser::statement(Statement& st) {
    st = Statement{};
    if (eat("StorageLive(")) {
        st.kind = StatementKind::StorageLive;
        st.place = place();
        expect(')');
    } else if (eat("StorageDead(")) {
        st.kind = StatementKind::StorageDead;
        st.place = place();
        expect(')');
    } else if (eat("Retag(")) {
        st.kind = StatementKind::Retag;
        if (eat("[fn entry] ")) st.retag = 1;
        else if (eat("[2phase] ")) st.retag = 2;
        else if (eat("[raw] ")) st.retag = 3;
        st.place = place();
        expect(')');
    } else if (eat("discriminant(")) {
        st.kind = StatementKind::SetDiscriminant;
        st.place = place();
        expect(") = ", "expected `) = `");
        st.a = number();
    } else if (eat("PlaceMention(")) {
        st.kind = StatementKind::PlaceMention;
        st.place = place();
        expect(')');
    } else if (eat("BackwardIncompatibleDropHint(")) {
        st.kind = StatementKind::BackwardIncompatibleDropHint;
        st.place = place();
        expect(')');
    } else if (eat("FakeRead(")) {
        st.kind = StatementKind::FakeRead;
        const char* s = m_p;
        // cause: balanced up to the `, _N` that starts the place
        int depth = 0;
        while (m_p < m_end && !(depth == 0 && starts(", "))) {
            if (*m_p == '(') ++depth;
            if (*m_p == ')') --depth;
            if (*m_p == '\n') fail("malformed FakeRead");
            ++m_p;
        }
        st.sym = sym(s, m_p);
        expect(", ", "expected `, ` in FakeRead");
        st.place = place();
        expect(')');
    } else if (eat("AscribeUserType(") || eat("Coverage::")) {
        st.kind = m_p[-1] == '(' ? StatementKind::AscribeUserType : StatementKind::Coverage;
        const char* s = m_p;
        const char* semi = last_semicolon(s, line_end(m_p));
        st.sym = sym(s, semi);
        m_p = semi;
    } else if (eat("assume(")) {
        st.kind = StatementKind::Assume;
        st.ops = push_operands({operand()});
        expect(')');
    } else if (eat("copy_nonoverlapping(dst = ")) {
        st.kind = StatementKind::CopyNonOverlapping;
        Operand dst = operand();
        expect(", src = ", "expected `, src = `");
        Operand src = operand();
        expect(", count = ", "expected `, count = `");
        Operand count = operand();
        expect(')');
        st.ops = push_operands({dst, src, count});
    } else if (eat_word("ConstEvalCounter")) {
        st.kind = StatementKind::ConstEvalCounter;
    } else if (eat_word("nop")) {
        st.kind = StatementKind::Nop;
    } else {
        st.kind = StatementKind::Assign;
        st.place = place();
        expect(" = ", "expected ` = `");
        if (!rvalue(st.rvalue, nullptr)) fail("call in statement position");
    }
    expect(';');
    statement_comment(st.span, st.scope);
    st.notes = const_notes();
    // `_1 = foo::<T>;` reads like a unit ADT; the fn-item note says it is a constant.
    Rvalue& rv = st.rvalue;
    if (st.kind == StatementKind::Assign && rv.kind == RvalueKind::Aggregate &&
        rv.op == (uint8_t)AggregateKind::AdtUnit) {
        for (uint32_t i = 0; i < st.notes.count; ++i) {
            const Note& n = m_body->notes[st.notes.begin + i];
            if (n.kind == NoteKind::Const && m_in.ty(n.ty).kind == TyKind::FnDef &&
                m_in.child(n.ty, 1) == rv.ty) {
                Operand f = bare_path_operand(rv.ty);
                rv = Rvalue{};
                rv.kind = RvalueKind::Use;
                rv.ops = push_operands({f});
                break;
            }
        }
    }
}

void Parser::edges(Terminator& t) {
    t.edges.begin = static_cast<uint32_t>(m_body->edges.size());
    if (!starts(" -> ")) return;
    m_p += 4;
    auto unwind = [&]() {
        if (eat("continue")) t.unwind = UnwindKind::Continue;
        else if (eat("unreachable")) t.unwind = UnwindKind::Unreachable;
        else if (eat("terminate(")) {
            t.unwind = UnwindKind::Terminate;
            const char* s = m_p;
            while (m_p < m_end && *m_p != ')' && *m_p != '\n') ++m_p;
            t.unwind_reason = sym(s, m_p);
            expect(')');
        } else fail("unknown unwind action");
    };
    auto push = [&](EdgeLabel label, u128 value) {
        expect("bb", "expected a basic block");
        Edge e{label};
        e.value = value;
        e.block = number();
        m_body->edges.push_back(e);
        ++t.edges.count;
    };
    if (eat("unwind ")) {
        unwind();
        return;
    }
    if (!eat('[')) {
        push(EdgeLabel::Plain, 0);
        return;
    }
    while (true) {
        if (eat("unwind ")) {
            unwind();
        } else if (is_digit(cur())) {
            u128 v = number128();
            expect(": ", "expected `: ` after switch value");
            push(EdgeLabel::Value, v);
        } else {
            std::string_view label = ident();
            expect(": ", "expected `: ` after edge label");
            EdgeLabel l;
            if (label == "return") l = EdgeLabel::Return;
            else if (label == "unwind") {
                l = EdgeLabel::Unwind;
                t.unwind = UnwindKind::Cleanup;
            } else if (label == "success") l = EdgeLabel::Success;
            else if (label == "otherwise") l = EdgeLabel::Otherwise;
            else if (label == "resume") l = EdgeLabel::Resume;
            else if (label == "drop") l = EdgeLabel::Drop;
            else if (label == "real") l = EdgeLabel::Real;
            else if (label == "imaginary") l = EdgeLabel::Imaginary;
            else if (label == "label") l = EdgeLabel::Label;
            else fail("unknown edge label");
            push(l, 0);
        }
        if (eat(", ")) continue;
        expect(']');
        return;
    }
}

void Parser::terminator(Terminator& t) {
    t = Terminator{};
    if (eat("goto")) {
        t.kind = TerminatorKind::Goto;
    } else if (eat("switchInt(")) {
        t.kind = TerminatorKind::SwitchInt;
        t.func = operand();
        expect(')');
    } else if (eat_word("return")) {
        t.kind = TerminatorKind::Return;
    } else if (eat_word("unreachable")) {
        t.kind = TerminatorKind::Unreachable;
    } else if (eat_word("resume")) {
        t.kind = TerminatorKind::UnwindResume;
    } else if (eat_word("coroutine_drop")) {
        t.kind = TerminatorKind::CoroutineDrop;
    } else if (eat("terminate(")) {
        t.kind = TerminatorKind::UnwindTerminate;
        const char* s = m_p;
        while (m_p < m_end && *m_p != ')' && *m_p != '\n') ++m_p;
        t.unwind_reason = sym(s, m_p);
        expect(')');
    } else if (eat("drop(")) {
        t.kind = TerminatorKind::Drop;
        t.place = place();
        expect(')');
    } else if (eat("async drop(")) {
        t.kind = TerminatorKind::AsyncDrop;
        t.place = place();
        expect("; poll=", "expected `; poll=`");
        t.args = push_operands({operand()});
        expect(')');
    } else if (eat("assert(")) {
        t.kind = TerminatorKind::Assert;
        if (eat('!')) t.expected = 0;
        t.func = operand();
        expect(", ", "expected `, ` after assert condition");
        const char* s = m_p;
        skip_string();
        t.text = sym(s, m_p);
        std::vector<Operand> args;
        while (eat(", ")) args.push_back(operand());
        expect(')');
        t.args = push_operands(args);
    } else if (eat("tailcall ")) {
        t.kind = TerminatorKind::TailCall;
        t.func = operand(); // a bare path is a fn item (try_operand accepts it)
        expect('(');
        t.args = push_operands(operand_list(')'));
    } else if (eat("falseEdge")) {
        t.kind = TerminatorKind::FalseEdge;
    } else if (eat("falseUnwind")) {
        t.kind = TerminatorKind::FalseUnwind;
    } else if (starts("asm!(")) {
        t.kind = TerminatorKind::InlineAsm;
        const char* s = m_p;
        m_p += 4;
        // Balanced over parentheses; the template string may span lines.
        int depth = 0;
        while (m_p < m_end) {
            char c = *m_p;
            if (c == '"') {
                skip_string();
                continue;
            }
            if (c == '(') ++depth;
            if (c == ')' && --depth == 0) {
                ++m_p;
                break;
            }
            ++m_p;
        }
        if (depth != 0) fail("unterminated asm!");
        t.text = sym(s, m_p);
    } else {
        t.place = place();
        expect(" = ", "expected ` = ` in terminator");
        if (eat("yield(")) {
            t.kind = TerminatorKind::Yield;
            t.args = push_operands({operand()});
            expect(')');
        } else {
            Rvalue rv;
            if (rvalue(rv, &t)) fail("expected a call");
        }
    }
    edges(t);
    expect(';');
    statement_comment(t.span, t.scope);
    t.notes = const_notes();
}

// ---------------------------------------------------------------------------------------------
// Items

void Parser::body_header(Body& b, BodyKind kind) {
    b.name = cur() == '<' ? qualified_path() : type_path(false);
    // Promoted: the last segment of the name is `promoted[N]`.
    {
        auto kids = m_in.children(b.name);
        if (!kids.empty()) {
            std::string_view last = m_in.str(m_in.ty(kids.back()).sym);
            if (last.starts_with("promoted[") && m_in.ty(kids.back()).kind == TyKind::Segment) {
                b.kind = BodyKind::Promoted;
                b.promoted = 0;
                for (char c : last.substr(9))
                    if (is_digit(c)) b.promoted = b.promoted * 10 + (c - '0');
            }
        }
    }
    if (kind == BodyKind::Fn) {
        expect('(');
        ws();
        b.locals.emplace_back();
        while (!eat(')')) {
            expect('_');
            uint32_t idx = number();
            if (idx != b.locals.size()) fail("arguments out of order");
            expect(": ", "expected `: ` after argument");
            LocalDecl d;
            d.is_arg = true;
            d.ty = type();
            b.locals.push_back(d);
            ws();
            if (eat(',')) ws();
        }
        b.arg_count = static_cast<uint32_t>(b.locals.size() - 1);
        expect(" -> ", "expected ` -> ` after arguments");
        b.locals[0].ty = type();
    } else {
        expect(": ", "expected `: ` after item name");
        b.locals.emplace_back();
        b.locals[0].ty = type();
        expect(" =", "expected ` =`");
    }
    if (starts("\nyields ")) {
        m_p += 8;
        b.yield_ty = type();
        end_of_line();
    }
}

void Parser::scope_contents(uint32_t scope, int depth) {
    while (true) {
        ws();
        if (eat("debug ")) {
            DebugVar v;
            v.scope = scope;
            if (cur() == '(') {
                // `(name: T).proj` composite fragment
                fail("composite debug info is not supported");
            }
            const char* s = m_p;
            while (!starts(" => ")) {
                if (m_p >= m_end || *m_p == '\n') fail("expected ` => ` in debug info");
                ++m_p;
            }
            v.name = sym(s, m_p);
            m_p += 4;
            if (eat("const ")) {
                v.is_const = true;
                v.constant = constant();
            } else {
                v.place = place();
            }
            expect(';');
            ws();
            expect("// in scope ", "expected `// in scope`");
            number();
            expect(" at ", "expected ` at `");
            const char* e = line_end(m_p);
            v.span = parse_span(m_p, e);
            m_p = e;
            end_of_line();
            m_body->debug_vars.push_back(v);
        } else if (eat("let ")) {
            LocalDecl d;
            d.scope = scope;
            if (eat("mut ")) d.mut_ = true;
            expect('_');
            uint32_t idx = number();
            expect(": ", "expected `: ` in local declaration");
            d.ty = type();
            if (starts(" as ")) {
                const char* s = m_p + 4;
                const char* semi = last_semicolon(s, line_end(m_p));
                d.user_ty = sym(s, semi);
                m_p = semi;
            }
            expect(';');
            ws();
            expect("//", "expected a scope comment");
            eat(" return place");
            expect(" in scope ", "expected ` in scope `");
            number();
            expect(" at ", "expected ` at `");
            const char* e = line_end(m_p);
            d.span = parse_span(m_p, e);
            m_p = e;
            end_of_line();
            if (idx == 0) {
                d.ty = m_body->locals[0].ty;
            }
            if (idx < m_body->locals.size() && m_body->locals[idx].is_arg)
                fail("local redeclares an argument");
            if (idx >= m_body->locals.size()) m_body->locals.resize(idx + 1);
            m_body->locals[idx] = d;
        } else if (eat("scope ")) {
            uint32_t child = number();
            if (child == 0 || child > 100000) fail("bad scope index");
            Scope sc;
            sc.parent = scope;
            // Inlined scopes only appear with MIR inlining, which -Zmir-opt-level=0 disables.
            if (starts(" (inlined ")) fail("inlined scopes are not supported");
            if (child >= m_body->scopes.size()) m_body->scopes.resize(child + 1);
            if (m_body->scopes[child].parent != kNone) fail("scope declared twice");
            m_body->scopes[child] = sc;
            expect(" {", "expected ` {` after scope");
            end_of_line();
            scope_contents(child, depth + 1);
        } else if (cur() == '}' && depth > 0) {
            ++m_p;
            end_of_line();
            return;
        } else if (cur() == '\n' && depth == 0) {
            return;
        } else {
            fail("unexpected line in scope tree");
        }
    }
}

void Parser::basic_block() {
    expect("bb", "expected a basic block");
    uint32_t idx = number();
    if (idx != m_body->blocks.size()) fail("basic blocks out of order");
    BasicBlock bb;
    if (eat(" (cleanup)")) bb.cleanup = true;
    expect(": {", "expected `: {`");
    end_of_line();
    bb.statements.begin = static_cast<uint32_t>(m_body->statements.size());
    while (true) {
        ws();
        if (starts("asm!(") || line_is_terminator()) {
            terminator(bb.terminator);
            break;
        }
        Statement st;
        statement(st);
        m_body->statements.push_back(st);
        ++bb.statements.count;
    }
    ws();
    expect('}');
    end_of_line();
    m_body->blocks.push_back(bb);
}

ParsedCrate Parser::run() {
    ParsedCrate out;
    bool ctfe = false;
    while (m_p < m_end) {
        if (*m_p == '\n') {
            ++m_p;
            continue;
        }
        const char* line_start = m_p;
        try {
            if (starts("// MIR FOR CTFE")) {
                ctfe = true;
                skip_line();
                continue;
            }
            if (starts("//")) {
                skip_line();
                continue;
            }
            if (starts("alloc") && is_digit(at(5))) {
                allocation(out.bodies.empty() ? nullptr : &out.bodies.back());
                continue;
            }
            BodyKind kind;
            if (eat("fn ")) kind = BodyKind::Fn;
            else if (eat("const ")) kind = BodyKind::Const;
            else if (eat("static mut ")) kind = BodyKind::StaticMut;
            else if (eat("static ")) kind = BodyKind::Static;
            else kind = BodyKind::AnonConst;
            out.bodies.emplace_back();
            Body& b = out.bodies.back();
            b.kind = kind;
            b.ctfe = ctfe;
            b.source_line = line_of(line_start);
            m_body = &b;
            b.scopes.push_back(Scope{});
            body_header(b, kind);
            if (kind != BodyKind::Fn && b.kind != BodyKind::Promoted && starts(" const ")) {
                m_p += 7;
                b.blocks.emplace_back();
                Terminator& t = b.blocks[0].terminator;
                t.kind = TerminatorKind::Return;
                t.func.kind = OperandKind::Constant;
                t.func.constant = constant();
                t.expected = 2; // marks the by-value form `const X: T = const V;`
                expect(';');
                end_of_line();
            } else {
                expect(" {", "expected ` {` opening the body");
                end_of_line();
                scope_contents(0, 0);
                while (true) {
                    if (eat('\n')) continue;
                    if (cur() == '}') {
                        ++m_p;
                        end_of_line();
                        break;
                    }
                    if (m_p >= m_end) fail("unexpected end of file in body");
                    ws();
                    basic_block();
                }
                for (const LocalDecl& d : b.locals)
                    if (d.ty == 0) fail("a local is never declared");
                for (size_t i = 1; i < b.scopes.size(); ++i)
                    if (b.scopes[i].parent == kNone) fail("a scope is never declared");
            }
            m_body = nullptr;
            ctfe = false;
        } catch (const SyntaxError& err) {
            const char* at = err.at < m_begin ? m_begin : (err.at > m_end ? m_end : err.at);
            ParseFailure f;
            f.line = line_of(at);
            const char* ls = at;
            while (ls > m_begin && ls[-1] != '\n') --ls;
            f.col = static_cast<uint32_t>(at - ls) + 1;
            f.message = err.message;
            const char* le = line_end(at);
            f.excerpt.assign(ls, std::min<size_t>(static_cast<size_t>(le - ls), 300));
            out.failures.push_back(std::move(f));
            if (m_body) {
                out.bodies.pop_back();
                m_body = nullptr;
            }
            ctfe = false;
            // Resume after the failed item: a one-line item is just its line; otherwise skip
            // to the line after the next `}` in column 0, which closes every item.
            const char* header_end = line_end(line_start);
            bool one_line = header_end > line_start && header_end[-1] == ';';
            m_p = line_start;
            if (one_line) {
                skip_line();
            } else {
                skip_line();
                while (m_p < m_end) {
                    const char* le2 = line_end(m_p);
                    bool closing = le2 - m_p == 1 && *m_p == '}';
                    m_p = le2 < m_end ? le2 + 1 : m_end;
                    if (closing) break;
                }
            }
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Allocation dumps (write_allocations / write_allocation_bytes in pretty.rs)

void Parser::allocation(Body* b) {
    m_p += 5;
    Allocation a;
    a.id = number();
    expect(" (", "expected ` (` after allocation id");
    const char* le = line_end(m_p);
    auto rfind = [&](std::string_view needle) -> const char* {
        if (static_cast<size_t>(le - m_p) < needle.size()) return nullptr;
        for (const char* q = le - needle.size(); q >= m_p; --q)
            if (std::memcmp(q, needle.data(), needle.size()) == 0) return q;
        return nullptr;
    };
    bool sized = false;
    if (eat("size: ")) {
        sized = true;
    } else if (eat("static: ")) {
        a.kind = AllocKind::Static;
        const char* sz = rfind(", size: ");
        if (sz) {
            a.what = sym(m_p, sz);
            m_p = sz + 8;
            sized = true;
        } else {
            const char* close = rfind(")");
            if (!close) fail("malformed allocation header");
            a.what = sym(m_p, close);
            m_p = close + 1;
        }
    } else {
        struct {
            const char* prefix;
            AllocKind kind;
        } kinds[] = {{"extern static: ", AllocKind::ExternStatic},
                     {"fn: ", AllocKind::Fn},
                     {"vtable: ", AllocKind::VTable},
                     {"typeid for ", AllocKind::TypeId},
                     {"deallocated", AllocKind::Deallocated}};
        bool found = false;
        for (auto& k : kinds) {
            if (eat(k.prefix)) {
                a.kind = k.kind;
                const char* close = rfind(")");
                if (!close) fail("malformed allocation header");
                a.what = sym(m_p, close);
                m_p = close + 1;
                found = true;
                break;
            }
        }
        if (!found) fail("unknown allocation kind");
    }
    if (sized) {
        a.size = number();
        expect(", align: ", "expected `, align: `");
        a.align = number();
        expect(") {", "expected `) {`");
        a.has_contents = true;
        a.bytes.assign(a.size, 0);
        a.init.assign(a.size, 0);
        if (eat('}')) {
            end_of_line();
        } else {
            end_of_line();
            std::string pending;
            uint64_t offset = 0;
            uint32_t pending_offset = 0;
            while (true) {
                ws();
                if (cur() == '}') {
                    ++m_p;
                    end_of_line();
                    break;
                }
                if (m_p >= m_end) fail("unterminated allocation");
                alloc_bytes_line(a, pending, offset, pending_offset);
            }
            if (offset != a.size) fail("allocation dump does not match its size");
        }
    } else {
        end_of_line();
    }
    if (!b) fail("allocation before any body");
    b->allocations.push_back(std::move(a));
}

void Parser::alloc_bytes_line(Allocation& a, std::string& pending, uint64_t& offset,
                              uint32_t& pending_offset) {
    static const char kBar[] = "\xe2\x94\x82";    // │
    static const char kPtrOpen[] = "\xe2\x95\xbe"; // ╾
    static const char kPtrClose[] = "\xe2\x95\xbc";// ╼
    static const char kDash[] = "\xe2\x94\x80";    // ─
    const char* le = line_end(m_p);
    // Optional `0xOFF │ ` prefix.
    if (starts("0x")) {
        const char* q = m_p;
        while (q < le && *q != ' ') ++q;
        if (q >= le) fail("expected ` │ ` after the offset");
        m_p = q + 1;
        if (!eat(kBar)) fail("expected `│` after the offset");
        eat(' ');
    }
    // The hex area ends at the last ` │` of the line.
    const char* area_end = nullptr;
    for (const char* q = le - 4; q >= m_p; --q) {
        if (q[0] == ' ' && std::memcmp(q + 1, kBar, 3) == 0) {
            area_end = q;
            break;
        }
    }
    if (!area_end) fail("expected `│` before the ASCII column");
    auto hex = [&](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    };
    while (m_p < area_end) {
        if (*m_p == ' ') {
            ++m_p;
            continue;
        }
        bool continuing = !pending.empty() || (starts(kDash) && pending_offset != 0);
        if (starts(kPtrOpen) || continuing) {
            if (starts(kPtrOpen)) {
                m_p += 3;
                pending.clear();
                pending_offset = static_cast<uint32_t>(offset);
                pending.push_back('\x01'); // marks an open pointer even when its text is empty
            }
            bool closed = false;
            while (m_p < area_end) {
                if (starts(kPtrClose)) {
                    m_p += 3;
                    closed = true;
                    break;
                }
                if (starts(kDash)) {
                    m_p += 3;
                    continue;
                }
                if (*m_p == ' ') break;
                pending.push_back(*m_p++);
            }
            if (closed) {
                std::string text = pending.substr(1);
                if (offset + m_opt.pointer_size > a.size) fail("pointer past end of allocation");
                a.relocations.push_back({pending_offset, m_opt.pointer_size, sym(text)});
                for (uint32_t i = 0; i < m_opt.pointer_size; ++i) a.init[offset + i] = 1;
                offset += m_opt.pointer_size;
                pending.clear();
                pending_offset = 0;
            } else if (m_p >= area_end) {
                break; // continues on the next line
            }
            continue;
        }
        if (offset >= a.size) fail("too many bytes in allocation dump");
        if (starts("__")) {
            m_p += 2;
            ++offset;
            continue;
        }
        int h = hex(m_p[0]), l = hex(m_p[1]);
        if (h < 0 || l < 0) fail("expected a hex byte");
        a.bytes[offset] = static_cast<uint8_t>(h * 16 + l);
        a.init[offset] = 1;
        ++offset;
        m_p += 2;
    }
    m_p = le;
    end_of_line();
}

} // namespace

std::string ParseFailure::to_string(std::string_view file_name) const {
    std::string s;
    s.append(file_name);
    s += ':' + std::to_string(line) + ':' + std::to_string(col) + ": " + message + "\n  " +
         excerpt;
    return s;
}

ParsedCrate parse_mir(Interner& interner, std::string_view text, const ParseOptions& options) {
    Parser p(interner, text, options);
    return p.run();
}

Result<std::vector<Body>> parse_mir_strict(Interner& interner, std::string_view text,
                                           std::string_view file_name,
                                           const ParseOptions& options) {
    ParsedCrate crate = parse_mir(interner, text, options);
    if (!crate.failures.empty())
        return make_error(ErrorKind::Parse, crate.failures.front().to_string(file_name));
    return std::move(crate.bodies);
}

} // namespace mirage::mir

namespace mirage::mir {

bool Parser::run_type(TyId& out, std::string& error) {
    try {
        out = type();
        if (m_p != m_end) {
            error = "unexpected text after the type: `" + std::string(m_p, m_end) + "`";
            return false;
        }
        return true;
    } catch (const SyntaxError& e) {
        error = e.message;
        return false;
    }
}

Result<TyId> parse_type(Interner& interner, std::string_view text) {
    ParseOptions options;
    Parser p(interner, text, options);
    TyId out = 0;
    std::string error;
    if (!p.run_type(out, error))
        return make_error(ErrorKind::Parse, "type `" + std::string(text) + "`: " + error);
    return out;
}

} // namespace mirage::mir
