/*
 * package.c - forming packages, resolving their links and the package rules
 * (family K): K1xx references, K2xx identity and Leistungsschlüssel, K3xx
 * release, K4xx the manifest.  See package.h and docs/packages.md.
 *
 * Everything here works on the link facts of the report's entries; no
 * document is parsed again.  Findings are located where the problem can be
 * fixed: at the reference, at the object, or at the manifest line.
 */
#include <config.h>

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fimkit/buf.h"
#include "fimkit/package.h"
#include "fimkit/strset.h"
#include "manifest.h"

#define NONE SIZE_MAX
#define ALL_STANDARDS (FK_APPLIES_XDF2 | FK_APPLIES_XDF3 | FK_APPLIES_XZUFI | FK_APPLIES_XPROZESS_2)

/* ---- the rules ------------------------------------------------------------------------ */

#define SRC_REC "fimkit recommendation"
#define SRC_LINKS "FIM links between building blocks (fimkit package model)"

/*
 * Package rules look at several documents at once: they run in the package
 * step (fk_packages_run), after every document.  Per document there is
 * nothing to do; the rule rows still name a function, as every row does.
 */
static void per_document(struct fk_rule_ctx *ctx)
{
	(void)ctx;
}

/*
 * Messages: K101-K106 take (element, target, detail): "idProzess names
 * Prozess 99... V01.00.00, which is not in the package; the package has
 * version ...".  The detail is written in the run's language.
 */
const struct fk_rule fk_rules_package[] = {
	{ "K101", FK_SEV_METHOD, 0, "PKG", ALL_STANDARDS, "Leistung idProzess, prozessID",
	  "Leistung refers to a Prozess not in the package",
	  "Leistung verweist auf einen Prozess außerhalb des Pakets",
	  "%s names %s, which is not in the package%s",
	  "%s nennt %s, das nicht im Paket ist%s",
	  0, per_document, SRC_LINKS },
	{ "K102", FK_SEV_METHOD, 0, "PKG", ALL_STANDARDS, "Prozess formularID, formularsteckbriefID",
	  "Prozess refers to a Dokumentsteckbrief not in the package",
	  "Prozess verweist auf einen Dokumentsteckbrief außerhalb des Pakets",
	  "%s names %s, which is not in the package%s",
	  "%s nennt %s, das nicht im Paket ist%s",
	  0, per_document, SRC_LINKS },
	{ "K103", FK_SEV_METHOD, 0, "PKG", ALL_STANDARDS, "Prozess stammformularID",
	  "Prozess refers to a Datenschema not in the package",
	  "Prozess verweist auf ein Datenschema außerhalb des Pakets",
	  "%s names %s, which is not in the package%s",
	  "%s nennt %s, das nicht im Paket ist%s",
	  0, per_document, SRC_LINKS },
	{ "K104", FK_SEV_METHOD, 0, "PKG", ALL_STANDARDS, "Leistung referenzFormularID, formularReferenz",
	  "Leistung refers to a form not in the package",
	  "Leistung verweist auf ein Formular außerhalb des Pakets",
	  "%s names %s, which is not in the package%s",
	  "%s nennt %s, das nicht im Paket ist%s",
	  0, per_document, SRC_LINKS },
	{ "K105", FK_SEV_METHOD, 0, "PKG", ALL_STANDARDS, "Datenschema dokumentsteckbrief",
	  "Datenschema refers to a Dokumentsteckbrief not in the package",
	  "Datenschema verweist auf einen Dokumentsteckbrief außerhalb des Pakets",
	  "%s names %s, which is not in the package%s",
	  "%s nennt %s, das nicht im Paket ist%s",
	  0, per_document, SRC_LINKS },
	{ "K106", FK_SEV_CRITICAL, 0, "PKG", ALL_STANDARDS, "codelisteReferenz",
	  "code list referenced but absent", "referenzierte Codeliste fehlt",
	  "%s names %s, which is not in the package%s",
	  "%s nennt %s, das nicht im Paket ist%s",
	  0, per_document, "XDatenfelder codelisteReferenz (canonicalIdentification and version)" },
	{ "K107", FK_SEV_WARNING, 0, "PKG", ALL_STANDARDS, "Dokumentsteckbrief",
	  "Dokumentsteckbrief without Datenschema in the package",
	  "Dokumentsteckbrief ohne Datenschema im Paket",
	  "no Datenschema in the package belongs to %s (none names it, and %s is not there)",
	  "zu %s gehört kein Datenschema im Paket (keines nennt ihn, und %s fehlt)",
	  0, per_document, SRC_LINKS },
	{ "K108", FK_SEV_INFO, 0, "PKG", ALL_STANDARDS, "Datenschema, Dokumentsteckbrief, code list",
	  "nothing in the package refers to the object",
	  "nichts im Paket verweist auf das Objekt",
	  "nothing in the package refers to %s",
	  "nichts im Paket verweist auf %s",
	  0, per_document, SRC_REC },
	{ "K109", FK_SEV_METHOD, 0, "PKG", ALL_STANDARDS, "Prozess formularverweis/elementId",
	  "Prozess refers to an element its Datenschema does not contain",
	  "Prozess verweist auf ein Element, das sein Datenschema nicht enthält",
	  "%s names %s, which %s does not contain",
	  "%s nennt %s, das %s nicht enthält",
	  0, per_document, "XProzess 2.0 schema documentation (Formularverweis)" },
	{ "K201", FK_SEV_METHOD, 0, "PKG", ALL_STANDARDS, "all objects",
	  "the same object in several versions",
	  "dasselbe Objekt in mehreren Versionen",
	  "%s is in the package in another version too: %s in %s",
	  "%s ist im Paket auch in einer anderen Version: %s in %s",
	  0, per_document, SRC_REC },
	{ "K202", FK_SEV_CRITICAL, 0, "PKG", ALL_STANDARDS, "all objects",
	  "the same object id and version with different content",
	  "dieselbe ID und Version mit anderem Inhalt",
	  "%s differs in content from the same id and version in %s",
	  "%s unterscheidet sich inhaltlich von derselben ID und Version in %s",
	  0, per_document, "FIM versioning (a version is immutable)" },
	{ "K203", FK_SEV_CRITICAL, 0, "PKG", ALL_STANDARDS, "Leistung, Prozessklasse, Prozess, manifest",
	  "Leistungsschlüssel disagree", "Leistungsschlüssel widersprechen sich",
	  "%s",
	  "%s",
	  0, per_document, "FIM Prozesse Fachkonzept: Prozessschlüssel = Leistungsschlüssel" },
	{ "K301", FK_SEV_CRITICAL, 0, "PKG", ALL_STANDARDS, "all objects with a status",
	  "a package claiming release contains a draft",
	  "ein als freigegeben gekennzeichnetes Paket enthält einen Entwurf",
	  "the package claims release (%s) but %s has status %s",
	  "das Paket gilt als freigegeben (%s), aber %s hat den Status %s",
	  0, per_document, "FIM Freigabestatus (urn:xoev-de:xprozess:codeliste:status)" },
	{ "K302", FK_SEV_CRITICAL, 0, "PKG", ALL_STANDARDS, "Datenschema dokumentsteckbrief",
	  "placeholder Dokumentsteckbrief in a released package",
	  "Platzhalter-Dokumentsteckbrief in einem freigegebenen Paket",
	  "the Datenschema still has the placeholder Dokumentsteckbrief D99000000001, but the "
	  "package claims release (%s)",
	  "das Datenschema hat noch den Platzhalter-Dokumentsteckbrief D99000000001, aber das "
	  "Paket gilt als freigegeben (%s)",
	  0, per_document, "FIM method (D99000000001 is a placeholder for a transition)" },
	{ "K401", FK_SEV_CRITICAL, 0, "PKG", ALL_STANDARDS, "manifest",
	  "manifest line not understood", "Manifestzeile nicht verstanden",
	  "%s",
	  "%s",
	  0, per_document, "fimkit package manifest (docs/packages.md)" },
	{ "K402", FK_SEV_METHOD, 0, "PKG", ALL_STANDARDS, "manifest link",
	  "the manifest names an object not in the package",
	  "das Manifest nennt ein Objekt außerhalb des Pakets",
	  "the manifest links %s, which is not in the package",
	  "das Manifest verknüpft %s, das nicht im Paket ist",
	  0, per_document, "fimkit package manifest (docs/packages.md)" },
	{ NULL, 0, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL },
};

/* ---- the run ------------------------------------------------------------------------- */

/* An index from (kind, id in 3.0.0 form) to the objects of the run. */
struct slot {
	char *key;
	struct fk_pkg_end *v;
	size_t n, cap;
};

struct index {
	struct slot *slots;
	size_t cap;     /* power of two */
	size_t count;
};

struct run {
	struct fk_report *r;
	const struct fk_rule_config *cfg;
	struct fk_package_set *set;
	struct index ix;
	int de;         /* messages in German */
	size_t nentries; /* entries that are documents (manifests come after) */
};

static const struct fk_links *links_of(const struct run *run, size_t file)
{
	return file < run->nentries ? run->r->files[file].links : NULL;
}

const struct fk_link_obj *fk_pkg_obj(const struct fk_report *r, struct fk_pkg_end e)
{
	const struct fk_links *l;

	if (e.file == NONE || e.file >= r->count)
		return NULL;
	l = r->files[e.file].links;
	return l && e.obj < l->nobjs ? &l->objs[e.obj] : NULL;
}

static const struct fk_link_obj *obj_at(const struct run *run, struct fk_pkg_end e)
{
	return fk_pkg_obj(run->r, e);
}

static char *index_key(enum fk_link_kind kind, const char *id)
{
	char *norm = kind == FK_LINK_CODELIST ? fk_xstrdup(id) : fk_link_norm_id(id);
	char *key = fk_xasprintf("%d\x1f%s", (int)kind, norm);

	free(norm);
	return key;
}

static struct slot *index_slot(struct index *ix, const char *key, int create)
{
	size_t mask, i;

	if (!ix->cap) {
		if (!create)
			return NULL;
		ix->cap = 64;
		ix->slots = fk_xcalloc(ix->cap, sizeof(*ix->slots));
	}
	if (create && (ix->count + 1) * 2 > ix->cap) {
		struct slot *old = ix->slots;
		size_t oldcap = ix->cap;

		ix->cap *= 2;
		ix->slots = fk_xcalloc(ix->cap, sizeof(*ix->slots));
		for (size_t k = 0; k < oldcap; k++) {
			if (!old[k].key)
				continue;
			mask = ix->cap - 1;
			for (i = fk_hash_string(old[k].key) & mask; ix->slots[i].key; i = (i + 1) & mask)
				;
			ix->slots[i] = old[k];
		}
		free(old);
	}
	mask = ix->cap - 1;
	for (i = fk_hash_string(key) & mask; ix->slots[i].key; i = (i + 1) & mask)
		if (!strcmp(ix->slots[i].key, key))
			return &ix->slots[i];
	if (!create)
		return NULL;
	ix->slots[i].key = fk_xstrdup(key);
	ix->count++;
	return &ix->slots[i];
}

static void index_add(struct index *ix, enum fk_link_kind kind, const char *id, struct fk_pkg_end e)
{
	char *key;
	struct slot *s;

	if (!id)
		return;
	key = index_key(kind, id);
	s = index_slot(ix, key, 1);
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 4;
		s->v = fk_xrealloc(s->v, s->cap * sizeof(*s->v));
	}
	s->v[s->n++] = e;
	free(key);
}

static const struct slot *index_find(const struct index *ix, enum fk_link_kind kind, const char *id)
{
	char *key;
	const struct slot *s;

	if (!id)
		return NULL;
	key = index_key(kind, id);
	s = index_slot((struct index *)ix, key, 0);
	free(key);
	return s;
}

static void index_release(struct index *ix)
{
	for (size_t i = 0; i < ix->cap; i++) {
		free(ix->slots[i].key);
		free(ix->slots[i].v);
	}
	free(ix->slots);
	memset(ix, 0, sizeof(*ix));
}

/* ---- findings ------------------------------------------------------------------------ */

static const struct fk_rule_state *rule_state(const struct run *run, const char *code)
{
	for (size_t i = 0; i < run->cfg->nrules; i++)
		if (!strcmp(run->cfg->rules[i].rule->code, code))
			return &run->cfg->rules[i];
	return NULL;
}

/* Adds a finding of rule code to entry file; the arguments fill its message. */
static void report(struct run *run, const char *code, size_t file, long line, const char *xpath,
		   const char *id, const char *version, ...)
{
	const struct fk_rule_state *st = rule_state(run, code);
	struct fk_file_report *f;
	struct fk_buf msg = FK_BUF_INIT;
	const char *fmt;
	struct fk_diag *d;
	va_list ap;

	if (!st || !st->enabled || file >= run->r->count)
		return;
	f = &run->r->files[file];
	fmt = run->de ? st->rule->message_de : st->rule->message_en;
	va_start(ap, version);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	if (st->message) {
		/* the user's catalogue wording, with our details after it */
		fk_buf_adds(&msg, st->message);
		fk_buf_adds(&msg, " (");
		fk_buf_vaddf(&msg, fmt, ap);
		fk_buf_adds(&msg, ")");
	} else {
		fk_buf_vaddf(&msg, fmt, ap);
	}
#pragma GCC diagnostic pop
	va_end(ap);
	d = fk_diag_add(&f->diags, f->path, line, 0, st->severity, code, fk_buf_str(&msg));
	if (id || version)
		fk_diag_set_object(d, id, version);
	if (xpath)
		fk_diag_set_xpath(d, xpath);
	fk_buf_release(&msg);
}

/* "Datenschema S05000012503 V1.1.0" (caller frees). */
static char *describe(enum fk_link_kind kind, const char *id, const char *version)
{
	/* code-list versions are dates, not V-numbers */
	return fk_xasprintf("%s %s%s%s", fk_link_kind_label(kind), id ? id : "(no id)",
			    !version ? "" : kind == FK_LINK_CODELIST ? " version " : " V",
			    version ? version : "");
}

static char *describe_obj(const struct fk_link_obj *o)
{
	return describe(o->kind, o->id, o->version);
}

/* A string the package keeps (for links). */
static const char *keep(struct fk_package *p, const char *s)
{
	if (!s)
		return NULL;
	if (p->nstrings == p->strings_cap) {
		p->strings_cap = p->strings_cap ? p->strings_cap * 2 : 16;
		p->strings = fk_xrealloc(p->strings, p->strings_cap * sizeof(*p->strings));
	}
	p->strings[p->nstrings] = fk_xstrdup(s);
	return p->strings[p->nstrings++];
}

static struct fk_pkg_link *add_link(struct fk_package *p, struct fk_pkg_end from,
				    enum fk_link_kind kind, const char *id, const char *version,
				    const char *via, size_t at_file, long line)
{
	struct fk_pkg_link *l;

	if (p->nlinks == p->links_cap) {
		p->links_cap = p->links_cap ? p->links_cap * 2 : 16;
		p->links = fk_xrealloc(p->links, p->links_cap * sizeof(*p->links));
	}
	l = &p->links[p->nlinks++];
	memset(l, 0, sizeof(*l));
	l->from = from;
	l->to.file = NONE;
	l->kind = kind;
	l->id = keep(p, id);
	l->version = keep(p, version);
	l->via = via;
	l->at_file = at_file;
	l->line = line;
	l->state = FK_PKG_DANGLING;
	return l;
}

const char *fk_pkg_link_state_name(enum fk_pkg_link_state st)
{
	switch (st) {
	case FK_PKG_RESOLVED: return "resolved";
	case FK_PKG_OUTSIDE: return "outside";
	case FK_PKG_OTHER_VERSION: return "other_version";
	case FK_PKG_COUNTERPART: return "counterpart";
	case FK_PKG_PLACEHOLDER: return "placeholder";
	case FK_PKG_DANGLING: return "dangling";
	}
	return "dangling";
}

/* ---- forming packages ----------------------------------------------------------------- */

static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return fk_xstrdup(".");
	if (slash == path)
		return fk_xstrdup("/");
	return fk_xstrndup(path, (size_t)(slash - path));
}

/* The parent of a directory as written, or NULL at the top ("a", "/", "."). */
static char *parent_of(const char *dir)
{
	const char *slash = strrchr(dir, '/');

	if (!slash || !strcmp(dir, "/"))
		return NULL;
	if (slash == dir)
		return fk_xstrdup("/");
	return fk_xstrndup(dir, (size_t)(slash - dir));
}

static char *manifest_path(const char *dir)
{
	if (!strcmp(dir, "/"))
		return fk_xasprintf("/%s", FK_PACKAGE_MANIFEST);
	return fk_xasprintf("%s/%s", dir, FK_PACKAGE_MANIFEST);
}

static int has_manifest(const char *dir)
{
	char *path = manifest_path(dir);
	struct stat st;
	int found = stat(path, &st) == 0 && S_ISREG(st.st_mode);

	free(path);
	return found;
}

/* Does the directory's manifest say "package = no"? */
static int says_no_package(const char *dir)
{
	char *path = manifest_path(dir);
	struct fk_manifest m;
	int no;

	fk_manifest_read(path, &m);
	no = m.not_package;
	fk_manifest_release(&m);
	free(path);
	return no;
}

/* Does the entry define a Leistung or a Prozess(klasse)? */
static int is_anchor(const struct fk_file_report *f)
{
	for (size_t i = 0; f->links && i < f->links->nobjs; i++) {
		enum fk_link_kind k = f->links->objs[i].kind;

		if (k == FK_LINK_LEISTUNG || k == FK_LINK_PROZESS || k == FK_LINK_PROZESSKLASSE)
			return 1;
	}
	return 0;
}

struct dirinfo {
	struct fk_strset anchors;   /* directories directly holding a Leistung/Prozess input */
	struct fk_strset checked;   /* directories looked at for a manifest */
	struct fk_strset manifests; /* ... that have one */
	struct fk_strset collections; /* ... that says "package = no" */
};

/* Ends the walk up from a document: a package root or a collection. */
static int is_root(struct dirinfo *di, const char *dir)
{
	if (!fk_strset_contains(&di->checked, dir)) {
		fk_strset_add(&di->checked, dir);
		if (has_manifest(dir)) {
			fk_strset_add(&di->manifests, dir);
			if (says_no_package(dir))
				fk_strset_add(&di->collections, dir);
		}
	}
	return fk_strset_contains(&di->anchors, dir) || fk_strset_contains(&di->manifests, dir);
}

static struct fk_package *new_package(struct fk_package_set *set, const char *dir)
{
	struct fk_package *p;

	set->v = fk_xrealloc(set->v, (set->n + 1) * sizeof(*set->v));
	p = &set->v[set->n++];
	memset(p, 0, sizeof(*p));
	p->dir = fk_xstrdup(dir);
	p->manifest_file = NONE;
	return p;
}

static void add_member(struct fk_package *p, size_t file)
{
	p->files = fk_xrealloc(p->files, (p->nfiles + 1) * sizeof(*p->files));
	p->files[p->nfiles++] = file;
}

static void form_packages(struct run *run, const struct fk_input_list *inputs)
{
	struct fk_package_set *set = run->set;
	struct dirinfo di = { FK_STRSET_INIT, FK_STRSET_INIT, FK_STRSET_INIT, FK_STRSET_INIT };
	char **roots = fk_xcalloc(run->nentries ? run->nentries : 1, sizeof(*roots));
	size_t named = 0, first_named = NONE;
	char *named_dir = NULL;
	int one_dir = 1, named_anchor = 0;

	for (size_t i = 0; i < run->nentries; i++) {
		const struct fk_input *in = &inputs->items[i];

		if (in->found && !in->error && is_anchor(&run->r->files[i])) {
			char *d = dir_of(in->path);

			fk_strset_add(&di.anchors, d);
			free(d);
		}
	}
	/* each document found in a directory belongs to the nearest directory
	   above it that is a package root */
	for (size_t i = 0; i < run->nentries; i++) {
		const struct fk_input *in = &inputs->items[i];
		char *d;

		if (in->error)
			continue;
		if (!in->found) {
			char *nd = dir_of(in->path);

			named_anchor |= is_anchor(&run->r->files[i]);
			if (!named++) {
				first_named = i;
				named_dir = nd;
			} else {
				one_dir &= !strcmp(nd, named_dir);
				free(nd);
			}
			continue;
		}
		for (d = dir_of(in->path); d && !is_root(&di, d);) {
			char *up = parent_of(d);

			free(d);
			d = up;
		}
		if (d && fk_strset_contains(&di.collections, d)) {
			free(d); /* a collection: its documents are in no package */
			d = NULL;
		}
		roots[i] = d;
	}
	/* packages in the order of their first document */
	for (size_t i = 0; i < run->nentries; i++) {
		size_t k;

		/* named files are a package like a directory is: with a Leistung
		   or Prozess among them, or a manifest in their one directory */
		if (i == first_named &&
		    ((named >= 2 && named_anchor) || (one_dir && has_manifest(named_dir))) &&
		    !(one_dir && has_manifest(named_dir) && says_no_package(named_dir))) {
			struct fk_package *p = new_package(set, one_dir ? named_dir : ".");

			free(p->dir);
			p->dir = NULL;
			if (one_dir && has_manifest(named_dir))
				p->manifest = manifest_path(named_dir);
			for (size_t j = i; j < run->nentries; j++)
				if (!inputs->items[j].found && !inputs->items[j].error) {
					add_member(p, j);
					set->pkg_of[j] = set->n - 1;
				}
			continue;
		}
		if (!roots[i] || set->pkg_of[i] != NONE)
			continue;
		for (k = 0; k < set->n; k++)
			if (set->v[k].dir && !strcmp(set->v[k].dir, roots[i]))
				break;
		if (k == set->n) {
			struct fk_package *p = new_package(set, roots[i]);

			if (fk_strset_contains(&di.manifests, roots[i]))
				p->manifest = manifest_path(roots[i]);
		}
		for (size_t j = i; j < run->nentries; j++)
			if (roots[j] && !strcmp(roots[j], roots[i]) && set->pkg_of[j] == NONE) {
				add_member(&set->v[k], j);
				set->pkg_of[j] = k;
			}
	}
	for (size_t i = 0; i < run->nentries; i++)
		free(roots[i]);
	free(roots);
	free(named_dir);
	fk_strset_release(&di.anchors);
	fk_strset_release(&di.checked);
	fk_strset_release(&di.manifests);
	fk_strset_release(&di.collections);
}

/* ---- resolving references --------------------------------------------------------------- */

static int in_package(const struct run *run, size_t file, size_t pkg)
{
	return file < run->set->nentries && run->set->pkg_of[file] == pkg;
}

/* The kinds a reference of this kind may land on. */
static size_t target_kinds(enum fk_link_kind kind, enum fk_link_kind out[2])
{
	if (kind == FK_LINK_PROZESS) {
		out[0] = FK_LINK_PROZESS;
		out[1] = FK_LINK_PROZESSKLASSE;
		return 2;
	}
	out[0] = kind;
	return 1;
}

/* The rule a dangling reference breaks, by referring and target kind. */
static const char *dangling_rule(enum fk_link_kind from, enum fk_link_kind to)
{
	if (to == FK_LINK_CODELIST)
		return "K106";
	switch (from) {
	case FK_LINK_LEISTUNG:
		return to == FK_LINK_PROZESS ? "K101" : "K104";
	case FK_LINK_PROZESS:
	case FK_LINK_PROZESSKLASSE:
		return to == FK_LINK_DSB ? "K102" : "K103";
	case FK_LINK_SCHEMA:
		return "K105";
	default:
		return NULL;
	}
}

/* Marks obj as referred to from inside its package. */
struct marks {
	unsigned char **v;  /* per entry, per object */
};

static void mark(struct marks *m, const struct run *run, struct fk_pkg_end e)
{
	const struct fk_links *l = links_of(run, e.file);

	if (!l || e.obj >= l->nobjs)
		return;
	if (!m->v[e.file])
		m->v[e.file] = fk_xcalloc(l->nobjs, 1);
	m->v[e.file][e.obj] = 1;
}

static int marked(const struct marks *m, struct fk_pkg_end e)
{
	return m->v[e.file] && m->v[e.file][e.obj];
}

static int element_in(const struct fk_link_obj *schema, const char *id)
{
	char *norm = fk_link_norm_id(id);
	size_t lo = 0, hi = schema->nelements;
	int found = 0;

	while (lo < hi && !found) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(schema->elements[mid], norm);

		if (!c)
			found = 1;
		else if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	free(norm);
	return found;
}

/* K109: an elementId must name a field or group of the Datenschema it is given with. */
static void check_element(struct run *run, size_t pkg, size_t file, const struct fk_link_ref *ref)
{
	const struct slot *s = index_find(&run->ix, FK_LINK_SCHEMA, ref->in_id);
	const struct fk_link_obj *from = &links_of(run, file)->objs[ref->from];
	const struct fk_link_obj *schema = NULL;
	char *what, *where;

	for (size_t i = 0; s && i < s->n && !schema; i++) {
		const struct fk_link_obj *o = obj_at(run, s->v[i]);

		if (in_package(run, s->v[i].file, pkg) &&
		    (!ref->in_version || fk_link_same_version(FK_LINK_SCHEMA, o->version, ref->in_version)))
			schema = o;
	}
	/* without the Datenschema, K103 has said what is missing */
	if (!schema || element_in(schema, ref->id))
		return;
	what = fk_xasprintf("%s %s", ref->id[0] == 'F' ? "Datenfeld" : "Datenfeldgruppe", ref->id);
	where = describe_obj(schema);
	report(run, "K109", file, ref->line, ref->xpath, from->id, from->version, ref->via, what,
	       where);
	free(what);
	free(where);
}

/* Distinct target versions one reference is linked to, at most. */
#define MAX_LINKED_VERSIONS 8

static int linked_version(const char *const *v, size_t n, const char *version)
{
	for (size_t i = 0; i < n; i++)
		if ((!v[i] && !version) || (v[i] && version && !strcmp(v[i], version)))
			return 1;
	return n >= MAX_LINKED_VERSIONS;
}

/* Resolves one reference of entry file within package pkg. */
static void resolve_ref(struct run *run, size_t pkg, size_t file, const struct fk_link_ref *ref,
			struct marks *m)
{
	struct fk_package *p = &run->set->v[pkg];
	const struct fk_links *l = links_of(run, file);
	const struct fk_link_obj *from = &l->objs[ref->from];
	struct fk_pkg_end from_end = { file, ref->from };
	enum fk_link_kind kinds[2];
	size_t nk = target_kinds(ref->kind, kinds), matched = 0;
	struct fk_pkg_end other_version = { NONE, 0 }, outside = { NONE, 0 };
	struct fk_pkg_link *link;
	const char *rule;
	char *target, *detail = NULL;
	const char *linked[MAX_LINKED_VERSIONS];
	size_t nlinked = 0;

	if (ref->kind == FK_LINK_ELEMENT) {
		check_element(run, pkg, file, ref);
		return;
	}
	if (ref->kind == FK_LINK_DSB && !strcmp(ref->id, FK_PLACEHOLDER_DSB)) {
		link = add_link(p, from_end, ref->kind, ref->id, ref->version, ref->via, file, ref->line);
		link->state = FK_PKG_PLACEHOLDER;
		return;
	}
	for (size_t k = 0; k < nk; k++) {
		const struct slot *s = index_find(&run->ix, kinds[k], ref->id);

		for (size_t i = 0; s && i < s->n; i++) {
			struct fk_pkg_end e = s->v[i];
			const struct fk_link_obj *o = obj_at(run, e);
			int same = !ref->version ||
				   fk_link_same_version(kinds[k], o->version, ref->version);

			if (e.file == file && e.obj == ref->from)
				continue;
			if (!in_package(run, e.file, pkg)) {
				if (same && outside.file == NONE)
					outside = e;
				continue;
			}
			if (!same) {
				if (other_version.file == NONE)
					other_version = e;
				continue;
			}
			/* every version matched is linked (a schema and its XDF 2.0
			   twin alike), copies of one version once: a catalogue
			   with a hundred copies must not give ten thousand links
			   (the copies themselves are K201/K202) */
			mark(m, run, e);
			matched++;
			if (linked_version(linked, nlinked, o->version))
				continue;
			if (nlinked < MAX_LINKED_VERSIONS)
				linked[nlinked++] = o->version;
			link = add_link(p, from_end, ref->kind, ref->id, ref->version, ref->via, file,
					ref->line);
			link->to = e;
			link->state = FK_PKG_RESOLVED;
		}
	}
	if (matched)
		return;
	link = add_link(p, from_end, ref->kind, ref->id, ref->version, ref->via, file, ref->line);
	if (outside.file != NONE) {
		link->to = outside;
		link->state = FK_PKG_OUTSIDE;
		return;
	}
	if (other_version.file != NONE) {
		const struct fk_link_obj *o = obj_at(run, other_version);

		link->to = other_version;
		link->state = FK_PKG_OTHER_VERSION;
		detail = fk_xasprintf(run->de ? "; das Paket hat Version %s" :
				      "; the package has version %s", o->version ? o->version : "-");
	} else if (ref->kind == FK_LINK_DSB) {
		/* the Dokumentsteckbrief of a Datenschema has its number (D/S) */
		for (size_t i = 0; i < p->nfiles && !detail; i++) {
			const struct fk_links *ol = links_of(run, p->files[i]);

			for (size_t j = 0; ol && j < ol->nobjs && !detail; j++) {
				if (ol->objs[j].kind != FK_LINK_SCHEMA ||
				    !fk_link_ds_pair(ref->id, ol->objs[j].id))
					continue;
				link->to.file = p->files[i];
				link->to.obj = j;
				link->state = FK_PKG_COUNTERPART;
				mark(m, run, link->to);
				detail = fk_xasprintf(run->de ? "; sein Datenschema %s (gleiche Nummer) ist "
							       "im Paket"
							     : "; its Datenschema %s (same number) is",
						      ol->objs[j].id);
			}
		}
	}
	rule = dangling_rule(from->kind, ref->kind);
	if (rule) {
		target = describe(ref->kind, ref->id, ref->version);
		report(run, rule, file, ref->line, ref->xpath, from->id, from->version, ref->via,
		       target, detail ? detail : "");
		free(target);
	}
	free(detail);
}

/* ---- implicit links ------------------------------------------------------------------- */

static int has_key(const struct fk_link_obj *o, const char *key)
{
	for (size_t i = 0; i < o->nkeys; i++)
		if (!strcmp(o->keys[i], key))
			return 1;
	return 0;
}

/* Leistung and Prozess(klasse) that share a Leistungsschlüssel; Dokumentsteckbrief
   and Datenschema of the same number when no reference joins them.  Found
   through the index, so that the work follows the number of objects, not
   its square; copies of one version are linked once, as in resolve_ref. */
static void implicit_links(struct run *run, size_t pkg, struct marks *m)
{
	static const enum fk_link_kind prozess_kinds[] = { FK_LINK_PROZESS, FK_LINK_PROZESSKLASSE };
	struct fk_package *p = &run->set->v[pkg];
	struct fk_strset joined = FK_STRSET_INIT;

	/* the Datenschema -> Dokumentsteckbrief links the references made */
	for (size_t k = 0; k < p->nlinks; k++) {
		const struct fk_pkg_link *lk = &p->links[k];
		char *key;

		if (lk->kind != FK_LINK_DSB || lk->to.file == NONE)
			continue;
		key = fk_xasprintf("%zu:%zu>%zu:%zu", lk->from.file, lk->from.obj, lk->to.file,
				   lk->to.obj);
		fk_strset_add(&joined, key);
		free(key);
	}
	for (size_t a = 0; a < p->nfiles; a++) {
		const struct fk_links *la = links_of(run, p->files[a]);

		for (size_t i = 0; la && i < la->nobjs; i++) {
			const struct fk_link_obj *oa = &la->objs[i];
			struct fk_pkg_end ea = { p->files[a], i };

			if (oa->kind == FK_LINK_LEISTUNG) {
				for (size_t k = 0; k < sizeof(prozess_kinds) / sizeof(prozess_kinds[0]); k++) {
					for (size_t kk = 0; kk < oa->nkeys; kk++) {
						const struct slot *s = index_find(&run->ix, prozess_kinds[k],
										  oa->keys[kk]);
						const char *linked[MAX_LINKED_VERSIONS];
						size_t nlinked = 0;

						for (size_t x = 0; s && x < s->n; x++) {
							struct fk_pkg_end eb = s->v[x];
							const struct fk_link_obj *ob = obj_at(run, eb);
							struct fk_pkg_link *link;

							if (!in_package(run, eb.file, pkg) || !ob->id ||
							    strcmp(ob->id, oa->keys[kk]) != 0 ||
							    linked_version(linked, nlinked, ob->version))
								continue;
							if (nlinked < MAX_LINKED_VERSIONS)
								linked[nlinked++] = ob->version;
							link = add_link(p, ea, ob->kind, ob->id, NULL,
									"Leistungsschl\xC3\xBCssel",
									p->files[a], oa->key_line);
							link->to = eb;
							link->state = FK_PKG_RESOLVED;
						}
					}
				}
			} else if (oa->kind == FK_LINK_DSB && oa->id && oa->id[0] == 'D') {
				char *schema_id = fk_xasprintf("S%s", oa->id + 1);
				const struct slot *s = index_find(&run->ix, FK_LINK_SCHEMA, schema_id);
				const char *linked[MAX_LINKED_VERSIONS];
				size_t nlinked = 0;

				for (size_t x = 0; s && x < s->n; x++) {
					struct fk_pkg_end eb = s->v[x];
					const struct fk_link_obj *ob = obj_at(run, eb);
					struct fk_pkg_link *link;
					char *key;
					int was_joined;

					if (!in_package(run, eb.file, pkg) || !fk_link_ds_pair(oa->id, ob->id))
						continue;
					key = fk_xasprintf("%zu:%zu>%zu:%zu", eb.file, eb.obj, ea.file, ea.obj);
					was_joined = fk_strset_contains(&joined, key);
					free(key);
					if (was_joined)
						continue;
					mark(m, run, ea);
					mark(m, run, eb);
					if (linked_version(linked, nlinked, ob->version))
						continue;
					if (nlinked < MAX_LINKED_VERSIONS)
						linked[nlinked++] = ob->version;
					link = add_link(p, eb, FK_LINK_DSB, oa->id, NULL, "D/S number",
							eb.file, ob->line);
					link->to = ea;
					link->state = FK_PKG_RESOLVED;
				}
				free(schema_id);
			}
		}
	}
	fk_strset_release(&joined);
}

/* ---- the manifest --------------------------------------------------------------------- */

/* Objects of the package an id (and version) names: any kind; a 14-digit id
   also names a Leistung by its Leistungsschlüssel. */
static size_t find_named(const struct run *run, size_t pkg, const char *id, const char *version,
			 struct fk_pkg_end *out, size_t max)
{
	static const enum fk_link_kind kinds[] = {
		FK_LINK_LEISTUNG, FK_LINK_PROZESSKLASSE, FK_LINK_PROZESS, FK_LINK_SCHEMA,
		FK_LINK_DSB, FK_LINK_CODELIST,
	};
	const struct fk_package *p = &run->set->v[pkg];
	size_t n = 0;

	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		const struct slot *s = index_find(&run->ix, kinds[k], id);

		for (size_t i = 0; s && i < s->n && n < max; i++) {
			const struct fk_link_obj *o = obj_at(run, s->v[i]);

			if (in_package(run, s->v[i].file, pkg) &&
			    (!version || fk_link_same_version(kinds[k], o->version, version)))
				out[n++] = s->v[i];
		}
	}
	for (size_t f = 0; f < p->nfiles && n < max; f++) {
		const struct fk_links *l = links_of(run, p->files[f]);

		for (size_t i = 0; l && i < l->nobjs && n < max; i++)
			if (l->objs[i].kind == FK_LINK_LEISTUNG && has_key(&l->objs[i], id) &&
			    !(l->objs[i].id && !strcmp(l->objs[i].id, id)))
				out[n++] = (struct fk_pkg_end){ p->files[f], i };
	}
	return n;
}

#define MAX_NAMED 16

static void manifest_links(struct run *run, size_t pkg, const struct fk_manifest *mf,
			   struct marks *m)
{
	struct fk_package *p = &run->set->v[pkg];

	for (size_t i = 0; i < mf->nlinks; i++) {
		const struct fk_manifest_link *ml = &mf->links[i];
		struct fk_pkg_end from[MAX_NAMED], to[MAX_NAMED];
		size_t nf = find_named(run, pkg, ml->from_id, ml->from_version, from, MAX_NAMED);
		size_t nt = find_named(run, pkg, ml->to_id, ml->to_version, to, MAX_NAMED);

		if (!nf || !nt) {
			char *what = nf ? fk_xasprintf("%s%s%s", ml->to_id, ml->to_version ? " V" : "",
						      ml->to_version ? ml->to_version : "")
					: fk_xasprintf("%s%s%s", ml->from_id,
						       ml->from_version ? " V" : "",
						       ml->from_version ? ml->from_version : "");
			struct fk_pkg_link *link = add_link(p, nf ? from[0] : (struct fk_pkg_end){ NONE, 0 },
							    FK_LINK_NONE, nf ? ml->to_id : ml->from_id,
							    nf ? ml->to_version : ml->from_version,
							    "manifest", p->manifest_file, ml->line);

			link->state = FK_PKG_DANGLING;
			report(run, "K402", p->manifest_file, ml->line, NULL, NULL, NULL, what);
			free(what);
			continue;
		}
		for (size_t a = 0; a < nf; a++) {
			for (size_t b = 0; b < nt; b++) {
				const struct fk_link_obj *o = obj_at(run, to[b]);
				struct fk_pkg_link *link = add_link(p, from[a], o->kind, o->id, o->version,
								    "manifest", p->manifest_file,
								    ml->line);

				link->to = to[b];
				link->state = FK_PKG_RESOLVED;
				mark(m, run, to[b]);
			}
		}
	}
}

/* Reads the package's manifest into an entry of its own. */
static void read_manifest(struct run *run, size_t pkg, struct fk_manifest *mf)
{
	struct fk_package *p = &run->set->v[pkg];
	struct fk_file_report *f;

	fk_manifest_read(p->manifest, mf);
	f = fk_report_add_file(run->r, p->manifest);
	p->manifest_file = run->r->count - 1;
	f->package = fk_xstrdup(mf->name ? mf->name : p->dir ? p->dir : "command line");
	for (size_t i = 0; i < mf->nproblems; i++)
		report(run, "K401", p->manifest_file, mf->problems[i].line, NULL, NULL, NULL,
		       run->de ? mf->problems[i].message_de : mf->problems[i].message);
	if (mf->name) {
		free(p->name);
		p->name = fk_xstrdup(mf->name);
	}
	for (size_t i = 0; i < mf->nkeys; i++) {
		p->keys = fk_xrealloc(p->keys, (p->nkeys + 1) * sizeof(*p->keys));
		p->keys[p->nkeys++] = fk_xstrdup(mf->keys[i]);
	}
}

/* ---- package rules -------------------------------------------------------------------- */

/* K107: a Dokumentsteckbrief without a Datenschema; K108: objects nothing refers to. */
static void check_orphans(struct run *run, size_t pkg, const struct marks *m)
{
	const struct fk_package *p = &run->set->v[pkg];

	for (size_t f = 0; f < p->nfiles; f++) {
		const struct fk_links *l = links_of(run, p->files[f]);

		for (size_t i = 0; l && i < l->nobjs; i++) {
			const struct fk_link_obj *o = &l->objs[i];
			struct fk_pkg_end e = { p->files[f], i };
			char *what;

			if (o->kind == FK_LINK_DSB && o->id) {
				int has_schema = 0;

				for (size_t k = 0; k < p->nlinks && !has_schema; k++) {
					const struct fk_pkg_link *lk = &p->links[k];
					const struct fk_link_obj *a = obj_at(run, lk->from), *b = obj_at(run, lk->to);

					has_schema = (lk->to.file == e.file && lk->to.obj == e.obj && a &&
						      a->kind == FK_LINK_SCHEMA) ||
						     (lk->from.file == e.file && lk->from.obj == e.obj && b &&
						      b->kind == FK_LINK_SCHEMA);
				}
				if (!has_schema) {
					char *counterpart = fk_xasprintf("S%s", o->id + 1);

					what = describe_obj(o);
					report(run, "K107", e.file, o->line, o->xpath, o->id, o->version, what,
					       counterpart);
					free(counterpart);
					free(what);
				}
			}
			if ((o->kind == FK_LINK_SCHEMA || o->kind == FK_LINK_DSB ||
			     o->kind == FK_LINK_CODELIST) && !marked(m, e)) {
				what = describe_obj(o);
				report(run, "K108", e.file, o->line, o->xpath, o->id, o->version, what);
				free(what);
			}
		}
	}
}

/* Is this kind one whose id and version name one immutable object? */
static int versioned_kind(enum fk_link_kind k)
{
	return k == FK_LINK_LEISTUNG || k == FK_LINK_PROZESSKLASSE || k == FK_LINK_PROZESS ||
	       k == FK_LINK_SCHEMA || k == FK_LINK_DSB || k == FK_LINK_CODELIST;
}

/* K201, K202: each object against the same id in an earlier file of the package. */
static void check_versions(struct run *run, size_t pkg)
{
	const struct fk_package *p = &run->set->v[pkg];

	for (size_t f = 0; f < p->nfiles; f++) {
		const struct fk_links *l = links_of(run, p->files[f]);

		for (size_t i = 0; l && i < l->nobjs; i++) {
			const struct fk_link_obj *o = &l->objs[i];
			const struct slot *s;
			int version_done = 0, content_done = 0;

			if (!versioned_kind(o->kind) || !o->id)
				continue;
			s = index_find(&run->ix, o->kind, o->id);
			for (size_t k = 0; s && k < s->n; k++) {
				struct fk_pkg_end e = s->v[k];
				const struct fk_link_obj *x = obj_at(run, e);
				const char *other_path;
				char *what;

				/* earlier files of the same package only, so each pair is
				   reported once, at the later file */
				if (!in_package(run, e.file, pkg) || e.file >= p->files[f])
					continue;
				other_path = run->r->files[e.file].path;
				if (!fk_link_same_version(o->kind, o->version, x->version)) {
					if (!version_done++) {
						what = describe_obj(o);
						report(run, "K201", p->files[f], o->line, o->xpath, o->id,
						       o->version, what, x->version ? x->version : "(none)",
						       other_path);
						free(what);
					}
				} else if (o->hash != x->hash &&
					   run->r->files[e.file].det.standard ==
						   run->r->files[p->files[f]].det.standard) {
					if (!content_done++) {
						what = describe_obj(o);
						report(run, "K202", p->files[f], o->line, o->xpath, o->id,
						       o->version, what, other_path);
						free(what);
					}
				}
				if (version_done && content_done)
					break;
			}
		}
	}
}

static void add_unique(char ***v, size_t *n, const char *s)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*v)[i], s))
			return;
	*v = fk_xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = fk_xstrdup(s);
}

static char *join(char **v, size_t n)
{
	struct fk_buf b = FK_BUF_INIT;

	for (size_t i = 0; i < n; i++) {
		if (i)
			fk_buf_adds(&b, ", ");
		fk_buf_adds(&b, v[i]);
	}
	return fk_buf_detach(&b);
}

static void free_list(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* K203: a Leistung, its Prozesse and the manifest must name one Leistungsschlüssel. */
static void check_keys(struct run *run, size_t pkg, const struct fk_manifest *mf)
{
	const struct fk_package *p = &run->set->v[pkg];
	char **pids = NULL;
	size_t npids = 0;

	for (size_t f = 0; f < p->nfiles; f++) {
		const struct fk_links *l = links_of(run, p->files[f]);

		for (size_t i = 0; l && i < l->nobjs; i++) {
			if ((l->objs[i].kind == FK_LINK_PROZESS ||
			     l->objs[i].kind == FK_LINK_PROZESSKLASSE) && l->objs[i].id)
				add_unique(&pids, &npids, l->objs[i].id);
		}
	}
	for (size_t f = 0; f < p->nfiles; f++) {
		const struct fk_links *l = links_of(run, p->files[f]);
		size_t file = p->files[f];

		for (size_t i = 0; l && i < l->nobjs; i++) {
			const struct fk_link_obj *o = &l->objs[i];
			char *msg = NULL, *list;
			int match = 0;

			if (o->kind == FK_LINK_LEISTUNG && o->nkeys && npids) {
				for (size_t k = 0; k < o->nkeys && !match; k++)
					for (size_t j = 0; j < npids && !match; j++)
						match = !strcmp(o->keys[k], pids[j]);
				if (!match) {
					list = join(pids, npids);
					msg = fk_xasprintf(run->de ? "der Leistungsschlüssel %s der Leistung "
								     "passt zu keinem Prozess im Paket (%s)"
								   : "the Leistung's Leistungsschlüssel %s "
								     "matches no Prozess in the package (%s)",
							   o->keys[0], list);
					report(run, "K203", file, o->key_line, o->xpath, o->id, o->version, msg);
					free(list);
					free(msg);
				}
			}
			/* the manifest names the service */
			if (mf && mf->nkeys && o->nkeys && (o->kind == FK_LINK_LEISTUNG ||
							    o->kind == FK_LINK_PROZESS ||
							    o->kind == FK_LINK_PROZESSKLASSE)) {
				match = 0;
				for (size_t k = 0; k < o->nkeys && !match; k++)
					for (size_t j = 0; j < mf->nkeys && !match; j++)
						match = !strcmp(o->keys[k], mf->keys[j]);
				if (!match) {
					list = join(mf->keys, mf->nkeys);
					msg = fk_xasprintf(run->de ? "%s %s hat den Leistungsschlüssel %s, das "
								     "Manifest nennt %s"
								   : "%s %s has Leistungsschlüssel %s; the "
								     "manifest names %s",
							   fk_link_kind_label(o->kind), o->id ? o->id : "",
							   o->keys[0], list);
					report(run, "K203", file, o->key_line, o->xpath, o->id, o->version, msg);
					free(list);
					free(msg);
				}
			}
		}
		/* a Leistung's idProzess names a Prozess of another Leistungsschlüssel */
		for (size_t k = 0; l && k < l->nrefs; k++) {
			const struct fk_link_ref *ref = &l->refs[k];
			const struct fk_link_obj *o = &l->objs[ref->from];
			char *msg;

			if (o->kind != FK_LINK_LEISTUNG || ref->kind != FK_LINK_PROZESS || !o->nkeys ||
			    has_key(o, ref->id))
				continue;
			msg = fk_xasprintf(run->de ? "%s %s weicht vom Leistungsschlüssel %s der Leistung ab"
						   : "%s %s differs from the Leistung's Leistungsschlüssel %s",
					   ref->via, ref->id, o->keys[0]);
			report(run, "K203", file, ref->line, ref->xpath, o->id, o->version, msg);
			free(msg);
		}
	}
	free_list(pids, npids);
}

/* Who claims release for the package: the manifest, else a Leistung or
   Prozess(klasse) with Freigabestatus 5 or 6. */
static void find_claim(struct run *run, size_t pkg, const struct fk_manifest *mf)
{
	struct fk_package *p = &run->set->v[pkg];

	if (mf && mf->status) {
		if (fk_release_of(mf->status) == FK_RELEASE_RELEASED) {
			p->claim = fk_xstrdup(mf->status);
			p->claim_by = fk_xasprintf("manifest, Freigabestatus %s", mf->status);
		}
		return; /* a status in the manifest wins, also when it claims no release */
	}
	for (size_t f = 0; f < p->nfiles && !p->claim; f++) {
		const struct fk_links *l = links_of(run, p->files[f]);

		for (size_t i = 0; l && i < l->nobjs && !p->claim; i++) {
			const struct fk_link_obj *o = &l->objs[i];
			char *what;

			if ((o->kind != FK_LINK_LEISTUNG && o->kind != FK_LINK_PROZESS &&
			     o->kind != FK_LINK_PROZESSKLASSE) ||
			    fk_release_of(o->status) != FK_RELEASE_RELEASED)
				continue;
			what = describe_obj(o);
			p->claim = fk_xstrdup(o->status);
			p->claim_by = fk_xasprintf("%s, Freigabestatus %s", what, o->status);
			free(what);
		}
	}
}

/* K301: drafts in a package claiming release; K302: the placeholder Dokumentsteckbrief. */
static void check_release(struct run *run, size_t pkg)
{
	const struct fk_package *p = &run->set->v[pkg];

	if (!p->claim)
		return;
	for (size_t f = 0; f < p->nfiles; f++) {
		const struct fk_links *l = links_of(run, p->files[f]);

		for (size_t i = 0; l && i < l->nobjs; i++) {
			const struct fk_link_obj *o = &l->objs[i];
			const char *name = fk_status_name(o->status);
			char *what, *status;

			if (fk_release_of(o->status) != FK_RELEASE_DRAFT)
				continue;
			what = describe_obj(o);
			status = name ? fk_xasprintf("%s (%s)", o->status, name) : fk_xstrdup(o->status);
			report(run, "K301", p->files[f], o->line, o->xpath, o->id, o->version,
			       p->claim_by, what, status);
			free(what);
			free(status);
		}
		for (size_t k = 0; l && k < l->nrefs; k++) {
			const struct fk_link_ref *ref = &l->refs[k];
			const struct fk_link_obj *o = &l->objs[ref->from];

			if (o->kind == FK_LINK_SCHEMA && ref->kind == FK_LINK_DSB &&
			    !strcmp(ref->id, FK_PLACEHOLDER_DSB))
				report(run, "K302", p->files[f], ref->line, ref->xpath, o->id, o->version,
				       p->claim_by);
		}
	}
}

/* ---- the step ---------------------------------------------------------------------------- */

static void analyse(struct run *run, size_t pkg)
{
	struct fk_package *p = &run->set->v[pkg];
	struct fk_manifest mf;
	int with_manifest = p->manifest != NULL;
	struct marks m;

	m.v = fk_xcalloc(run->nentries ? run->nentries : 1, sizeof(*m.v));
	p->name = fk_xstrdup(p->dir ? p->dir : "command line");
	if (with_manifest)
		read_manifest(run, pkg, &mf);
	for (size_t f = 0; f < p->nfiles; f++) {
		const struct fk_links *l = links_of(run, p->files[f]);

		for (size_t k = 0; l && k < l->nrefs; k++)
			resolve_ref(run, pkg, p->files[f], &l->refs[k], &m);
	}
	implicit_links(run, pkg, &m);
	if (with_manifest)
		manifest_links(run, pkg, &mf, &m);
	check_orphans(run, pkg, &m);
	check_versions(run, pkg);
	check_keys(run, pkg, with_manifest ? &mf : NULL);
	find_claim(run, pkg, with_manifest ? &mf : NULL);
	check_release(run, pkg);
	for (size_t f = 0; f < p->nfiles; f++) {
		free(run->r->files[p->files[f]].package);
		run->r->files[p->files[f]].package = fk_xstrdup(p->name);
	}
	if (with_manifest)
		fk_manifest_release(&mf);
	for (size_t i = 0; i < run->nentries; i++)
		free(m.v[i]);
	free(m.v);
}

struct fk_package_set *fk_packages_run(struct fk_report *r, const struct fk_input_list *inputs,
				       const struct fk_rule_config *cfg)
{
	struct run run;
	struct fk_package_set *set = fk_xcalloc(1, sizeof(*set));

	memset(&run, 0, sizeof(run));
	run.r = r;
	run.cfg = cfg;
	run.set = set;
	run.de = cfg->lang == FK_LANG_DE;
	run.nentries = r->count < inputs->count ? r->count : inputs->count;
	set->nentries = run.nentries;
	set->pkg_of = fk_xcalloc(run.nentries ? run.nentries : 1, sizeof(*set->pkg_of));
	for (size_t i = 0; i < run.nentries; i++)
		set->pkg_of[i] = NONE;
	for (size_t i = 0; i < run.nentries; i++) {
		const struct fk_links *l = r->files[i].links;

		for (size_t k = 0; l && k < l->nobjs; k++)
			index_add(&run.ix, l->objs[k].kind, l->objs[k].id, (struct fk_pkg_end){ i, k });
	}
	form_packages(&run, inputs);
	for (size_t k = 0; k < set->n; k++)
		analyse(&run, k);
	index_release(&run.ix);
	return set;
}

void fk_package_set_free(struct fk_package_set *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n; i++) {
		struct fk_package *p = &s->v[i];

		free(p->name);
		free(p->dir);
		free(p->manifest);
		free_list(p->keys, p->nkeys);
		free(p->claim);
		free(p->claim_by);
		free(p->files);
		free(p->links);
		free_list(p->strings, p->nstrings);
	}
	free(s->v);
	free(s->pkg_of);
	free(s);
}
