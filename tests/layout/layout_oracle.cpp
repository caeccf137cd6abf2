// layout_oracle DESC TARGET: computes Mirage's layouts of the probe's types from their
// descriptions (probe.desc, written by gen_probe.py) and prints one line per type in the format
// of describe_layout, for compare.py to check against rustc. The descriptions stand in for the
// program database (the item table, the lowering of field types) so that the layout code is
// tested on its own; `mirage layout-probe` does the same from the real pipeline.
#include "ty/layout.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

using namespace mirage;
using namespace mirage::ty;

namespace {

struct AdtDecl {
    AdtInfo info;
    std::vector<std::string> params;
    std::vector<bool> param_unsized;
    std::vector<std::vector<Ty>> field_tys; // per variant, with Param(i) for params[i]
};

class DescSource final : public AdtSource {
  public:
    explicit DescSource(TyCtx& cx) : m_cx(cx) {}
    std::map<ItemId, AdtDecl> adts;
    std::map<std::string, ItemId> lang;

    const AdtInfo& adt(ItemId def) override { return adts.at(def).info; }
    Ty field_ty(Ty adt, uint32_t variant, uint32_t field) override {
        return m_cx.subst(adts.at(adt->def).field_tys.at(variant).at(field), adt->arg_span());
    }
    bool param_may_be_unsized(ItemId def, uint32_t index) override {
        const AdtDecl& d = adts.at(def);
        return index < d.param_unsized.size() && d.param_unsized[index];
    }
    ItemId lang_item(std::string_view name) override {
        auto it = lang.find(std::string(name));
        return it == lang.end() ? items::kNone : it->second;
    }

  private:
    TyCtx& m_cx;
};

// A tiny parser for the description's type syntax (a subset of Rust's).
class TypeParser {
  public:
    TypeParser(TyCtx& cx, const std::map<std::string, ItemId>& names, const std::vector<std::string>& params,
               uint64_t pointer_size)
        : m_cx(cx), m_names(names), m_params(params), m_ptr(pointer_size) {}

    Result<Ty> parse(const std::string& text) {
        m_s = text;
        m_i = 0;
        auto t = type();
        if (!t) return t;
        skip();
        if (m_i != m_s.size()) return err("trailing text");
        return t;
    }

  private:
    Error err(const std::string& what) {
        return Error{ErrorKind::Parse, what + " at `" + m_s.substr(m_i) + "` in `" + m_s + "`"};
    }
    void skip() {
        while (m_i < m_s.size() && m_s[m_i] == ' ') ++m_i;
    }
    bool eat(const std::string& tok) {
        skip();
        if (m_s.compare(m_i, tok.size(), tok) != 0) return false;
        m_i += tok.size();
        return true;
    }
    std::string ident() {
        skip();
        size_t b = m_i;
        while (m_i < m_s.size() && (isalnum(static_cast<unsigned char>(m_s[m_i])) || m_s[m_i] == '_')) ++m_i;
        return m_s.substr(b, m_i - b);
    }
    Result<u128> number(Ty ty) {
        skip();
        if (eat("MAX")) return ~u128(0);
        if (eat("HALF")) return (m_ptr == 4 ? u128(0xffffffffu) : u128(~uint64_t(0))) >> 1;
        bool neg = eat("-");
        std::string d = ident();
        if (d.empty()) return err("number expected");
        u128 v = 0;
        for (char c : d) v = v * 10 + static_cast<unsigned>(c - '0');
        (void)ty;
        return neg ? ~v + 1 : v;
    }
    Result<Ty> type() {
        if (eat("&")) {
            bool mut = eat("mut ");
            auto t = type();
            if (!t) return t;
            return m_cx.mk_ref(*t, mut);
        }
        if (eat("*const ") || eat("*mut ")) {
            auto t = type();
            if (!t) return t;
            return m_cx.mk_ptr(*t, false);
        }
        if (eat("(")) {
            std::vector<Ty> elems;
            while (!eat(")")) {
                auto t = type();
                if (!t) return t;
                elems.push_back(*t);
                eat(",");
            }
            return m_cx.mk_tuple(elems);
        }
        if (eat("[")) {
            auto t = type();
            if (!t) return t;
            if (eat("]")) return m_cx.mk_slice(*t);
            if (!eat(";")) return err("`;` expected");
            auto n = number(*t);
            if (!n) return n.error();
            if (!eat("]")) return err("`]` expected");
            return m_cx.mk_array(*t, static_cast<uint64_t>(*n));
        }
        if (eat("!")) return m_cx.mk_never();
        if (eat("dyn ")) {
            ident();
            return m_cx.mk(Kind::Dynamic, 0, {});
        }
        std::string name = ident();
        if (name.empty()) return err("type expected");
        if (name == "bool") return m_cx.mk_bool();
        if (name == "char") return m_cx.mk_char();
        if (name == "str") return m_cx.mk_str();
        if (name == "fnptr") return m_cx.mk_fn_ptr(m_cx.mk_unit(), {}, 0, 0);
        IntTy it;
        if (parse_int_ty(name, it)) return m_cx.mk_int(it);
        FloatTy ft;
        if (parse_float_ty(name, ft)) return m_cx.mk_float(ft);
        if (name == "pat") {
            if (!eat("(")) return err("`(` expected");
            auto base = type();
            if (!base) return base;
            eat(",");
            auto a = number(*base);
            if (!a) return a.error();
            eat(",");
            auto b = number(*base);
            if (!b) return b.error();
            if (!eat(")")) return err("`)` expected");
            TyS s{};
            s.kind = Kind::Pat;
            s.value = *a;
            s.value2 = *b;
            Ty args[] = {*base};
            return m_cx.intern(s, args);
        }
        for (uint32_t i = 0; i < m_params.size(); ++i)
            if (m_params[i] == name) return m_cx.mk_param(i, m_cx.interner().intern(name));
        auto it2 = m_names.find(name);
        if (it2 == m_names.end()) return err("unknown type `" + name + "`");
        std::vector<Ty> args;
        if (eat("<")) {
            while (!eat(">")) {
                auto t = type();
                if (!t) return t;
                args.push_back(*t);
                eat(",");
            }
        }
        return m_cx.mk_adt(it2->second, args);
    }

    TyCtx& m_cx;
    const std::map<std::string, ItemId>& m_names;
    const std::vector<std::string>& m_params;
    uint64_t m_ptr;
    std::string m_s;
    size_t m_i = 0;
};

int run(const char* desc_path, const char* target) {
    auto dl = TargetDataLayout::for_target(target);
    if (!dl) {
        std::fprintf(stderr, "%s\n", dl.error().message.c_str());
        return 2;
    }
    std::ifstream in(desc_path);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", desc_path);
        return 2;
    }
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);

    mir::Interner interner;
    items::ItemDb db;
    TyCtx cx(interner, db, static_cast<uint32_t>(dl->pointer_size));
    DescSource src(cx);
    std::map<std::string, ItemId> names;
    // First pass: ADT names (definitions may refer to later ones).
    for (const std::string& l : lines) {
        std::istringstream ss(l);
        std::string w, kind, name;
        ss >> w;
        if (w != "adt") continue;
        ss >> kind >> name;
        items::Item item;
        item.kind = kind == "enum" ? items::ItemKind::Enum
                    : kind == "union" ? items::ItemKind::Union
                                      : items::ItemKind::Struct;
        item.name = interner.intern(name);
        names[name] = static_cast<ItemId>(db.items.size());
        db.items.push_back(item);
    }
    // Second pass: definitions. Field types are parsed once all names are known.
    AdtDecl* cur = nullptr;
    std::vector<std::vector<std::string>> pending;
    auto finish = [&]() -> bool {
        if (!cur) return true;
        TypeParser tp(cx, names, cur->params, dl->pointer_size);
        for (uint32_t v = 0; v < pending.size(); ++v) {
            cur->field_tys.emplace_back();
            for (const std::string& f : pending[v]) {
                auto t = tp.parse(f);
                if (!t) {
                    std::fprintf(stderr, "%s\n", t.error().message.c_str());
                    return false;
                }
                cur->field_tys.back().push_back(*t);
                cur->info.variants[v].fields.push_back(items::kNone);
            }
        }
        pending.clear();
        cur = nullptr;
        return true;
    };
    std::vector<std::pair<std::string, std::string>> probes;
    for (const std::string& l : lines) {
        std::istringstream ss(l);
        std::string w;
        ss >> w;
        if (w == "adt") {
            if (!finish()) return 2;
            std::string kind, name, p;
            ss >> kind >> name;
            ItemId id = names[name];
            cur = &src.adts[id];
            cur->info.def = id;
            cur->info.kind = db.items[id].kind;
            while (ss >> p) {
                if (p == "-") continue;
                bool u = p[0] == '?';
                cur->params.push_back(u ? p.substr(1) : p);
                cur->param_unsized.push_back(u);
            }
        } else if (w == "repr" && cur) {
            std::string r;
            while (ss >> r) {
                if (r == "c") cur->info.repr.kind = items::ReprKind::C;
                else if (r == "transparent") cur->info.repr.kind = items::ReprKind::Transparent;
                else if (r.rfind("int=", 0) == 0) cur->info.repr.int_ty = interner.intern(r.substr(4));
                else if (r.rfind("align=", 0) == 0) cur->info.repr.align = std::stoull(r.substr(6));
                else if (r.rfind("packed=", 0) == 0) cur->info.repr.packed = std::stoull(r.substr(7));
                else if (r.rfind("vrs=", 0) == 0) {
                    cur->info.repr.has_valid_range_start = true;
                    cur->info.repr.valid_range_start = std::stoull(r.substr(4));
                }
            }
        } else if (w == "lang" && cur) {
            std::string n;
            ss >> n;
            src.lang[n] = cur->info.def;
        } else if (w == "variant" && cur) {
            std::string n, d;
            ss >> n >> d;
            VariantInfo v;
            v.name = interner.intern(n);
            long long dv = std::stoll(d);
            v.discr = static_cast<u128>(static_cast<__int128>(dv));
            cur->info.variants.push_back(v);
            pending.emplace_back();
        } else if (w == "field" && cur) {
            std::string rest;
            std::getline(ss, rest);
            pending.back().push_back(rest.substr(rest.find_first_not_of(' ')));
        } else if (w == "end") {
            if (!finish()) return 2;
        } else if (w == "probe") {
            std::string id, origin, rest;
            ss >> id >> origin;
            std::getline(ss, rest);
            probes.emplace_back(id, rest.substr(rest.find_first_not_of(' ')));
        }
    }
    if (!finish()) return 2;

    LayoutCx lcx(cx, src, *dl);
    std::vector<std::string> no_params;
    TypeParser tp(cx, names, no_params, dl->pointer_size);
    for (const auto& [id, text] : probes) {
        auto t = tp.parse(text);
        if (!t) {
            std::printf("%s error: %s\n", id.c_str(), t.error().message.c_str());
            continue;
        }
        auto l = lcx.layout_of(*t);
        if (!l) {
            std::printf("%s error: %s\n", id.c_str(), l.error().message.c_str());
            continue;
        }
        const AdtInfo* info = (*t)->kind == Kind::Adt ? &src.adt((*t)->def) : nullptr;
        std::printf("%s %s\n", id.c_str(), describe_layout(**l, info, *dl).c_str());
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: layout_oracle PROBE.desc TARGET\n");
        return 2;
    }
    return run(argv[1], argv[2]);
}
