/*
 * gaps.c - the gap model (gaps.h): services, their building blocks and
 * whether they are ready, from a report with its packages.
 *
 * A service is a Leistungsschlüssel named by a Leistung (referenzLeiKa,
 * referenzLeistungsschluessel), a Prozessklasse or Prozess (its id) or a
 * package manifest.  Its documents are its Leistungen and Prozesse and what
 * they reach over the package's links; in a package with one service, every
 * document of the package.
 */
#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/cli.h"
#include "fimkit/gaps.h"
#include "fimkit/links.h"
#include "fimkit/package.h"

#define NONE SIZE_MAX

const char *fk_gap_block_name(enum fk_gap_block b)
{
	static const char *const names[FK_GAP_BLOCK_COUNT] = {
		"leistung", "prozess", "datenschema", "dokumentsteckbrief", "codelisten",
	};

	return (unsigned)b < FK_GAP_BLOCK_COUNT ? names[b] : "";
}

const char *fk_gap_block_label(enum fk_gap_block b)
{
	static const char *const names[FK_GAP_BLOCK_COUNT] = {
		"Leistung", "Prozess", "Datenschema", "Dokumentsteckbrief", "Codelisten",
	};

	return (unsigned)b < FK_GAP_BLOCK_COUNT ? names[b] : "";
}

const char *fk_gap_state_name(enum fk_gap_state s)
{
	static const char *const names[FK_GAP_STATE_COUNT] = {
		"ok", "not_needed", "incomplete", "critical", "invalid", "missing",
	};

	return (unsigned)s < FK_GAP_STATE_COUNT ? names[s] : "";
}

const char *fk_gap_state_label(enum fk_gap_state s)
{
	static const char *const names[FK_GAP_STATE_COUNT] = {
		"ok", "not needed", "incomplete", "critical findings", "invalid", "missing",
	};

	return (unsigned)s < FK_GAP_STATE_COUNT ? names[s] : "";
}

const char *fk_gap_verdict_name(enum fk_gap_verdict v)
{
	switch (v) {
	case FK_GAP_READY: return "ready";
	case FK_GAP_NOT_READY: return "not_ready";
	case FK_GAP_ABSENT: return "absent";
	}
	return "";
}

const char *fk_gap_verdict_label(enum fk_gap_verdict v)
{
	switch (v) {
	case FK_GAP_READY: return "ready";
	case FK_GAP_NOT_READY: return "not ready";
	case FK_GAP_ABSENT: return "absent";
	}
	return "";
}

/* ---- the require list --------------------------------------------------------------- */

static int is_key(const char *s, size_t n)
{
	if (n != 14)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

int fk_require_read(const char *path, struct fk_require_list *l, char **error)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	long lineno = 0;
	int read_error = 0;

	memset(l, 0, sizeof(*l));
	*error = NULL;
	if (!f) {
		*error = fk_xasprintf("cannot read '%s': %s", path, fk_strerror(errno));
		return -1;
	}
	l->path = fk_xstrdup(path);
	while (getline(&line, &cap, f) > 0) {
		char *s, *rest;
		size_t n;

		lineno++;
		s = fk_trim(line);
		if (lineno == 1 && !strncmp(s, "\xEF\xBB\xBF", 3))
			s += 3;
		if (!*s || *s == '#')
			continue;
		n = strcspn(s, " \t;,");
		if (!is_key(s, n)) {
			*error = fk_xasprintf("%s:%ld: '%.*s' is not a 14-digit Leistungsschlüssel", path,
					      lineno, (int)(n > 40 ? 40 : n), s);
			break;
		}
		rest = s + n;
		while (*rest && strchr(" \t;,", *rest))
			rest++;
		l->v = fk_xrealloc(l->v, (l->n + 1) * sizeof(*l->v));
		l->v[l->n].key = fk_xstrndup(s, n);
		l->v[l->n].name = *rest ? fk_xstrdup(rest) : NULL;
		l->n++;
	}
	if (!*error && ferror(f)) {
		read_error = 1;
		*error = fk_xasprintf("cannot read '%s': %s", path, fk_strerror(errno));
	}
	free(line);
	fclose(f);
	if (*error) {
		int bad_line = !read_error;

		fk_require_release(l);
		return bad_line ? -2 : -1;
	}
	return 0;
}

void fk_require_release(struct fk_require_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].key);
		free(l->v[i].name);
	}
	free(l->v);
	free(l->path);
	memset(l, 0, sizeof(*l));
}

/* ---- building ------------------------------------------------------------------------ */

static void push_str(char ***v, size_t *n, char *s)
{
	*v = fk_xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = s;
}

static void push_unique(char ***v, size_t *n, const char *s)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*v)[i], s))
			return;
	push_str(v, n, fk_xstrdup(s));
}

static void push_file(size_t **v, size_t *n, size_t f)
{
	for (size_t i = 0; i < *n; i++)
		if ((*v)[i] == f)
			return;
	*v = fk_xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = f;
}

static struct fk_gap_service *find_service(struct fk_gap_report *g, const char *key)
{
	for (size_t i = 0; i < g->nservices; i++)
		if (key && g->services[i].key && !strcmp(g->services[i].key, key))
			return &g->services[i];
	return NULL;
}

static struct fk_gap_service *add_service(struct fk_gap_report *g, const char *key)
{
	struct fk_gap_service *s;

	g->services = fk_xrealloc(g->services, (g->nservices + 1) * sizeof(*g->services));
	s = &g->services[g->nservices++];
	memset(s, 0, sizeof(*s));
	s->key = fk_xstrdup(key);
	return s;
}

static int obj_has_key(const struct fk_link_obj *o, const char *key)
{
	for (size_t i = 0; i < o->nkeys; i++)
		if (!strcmp(o->keys[i], key))
			return 1;
	return 0;
}

static int is_anchor_kind(enum fk_link_kind k)
{
	return k == FK_LINK_LEISTUNG || k == FK_LINK_PROZESS || k == FK_LINK_PROZESSKLASSE;
}

/* The Leistungsschlüssel a package names, in order of appearance. */
static void package_keys(const struct fk_report *r, const struct fk_package *p, char ***keys,
			 size_t *n)
{
	for (size_t i = 0; i < p->nkeys; i++)
		push_unique(keys, n, p->keys[i]);
	for (size_t f = 0; f < p->nfiles; f++) {
		const struct fk_links *l = r->files[p->files[f]].links;

		for (size_t k = 0; l && k < l->nobjs; k++)
			if (is_anchor_kind(l->objs[k].kind))
				for (size_t j = 0; j < l->objs[k].nkeys; j++)
					push_unique(keys, n, l->objs[k].keys[j]);
	}
}

struct reach {
	unsigned char **v;   /* per entry, per object: reached */
	size_t n;
};

static int reached(const struct reach *rc, struct fk_pkg_end e)
{
	return e.file < rc->n && rc->v[e.file] && rc->v[e.file][e.obj];
}

static int set_reached(struct reach *rc, const struct fk_report *r, struct fk_pkg_end e)
{
	const struct fk_links *l;

	if (e.file >= rc->n || !(l = r->files[e.file].links) || e.obj >= l->nobjs)
		return 0;
	if (!rc->v[e.file])
		rc->v[e.file] = fk_xcalloc(l->nobjs, 1);
	if (rc->v[e.file][e.obj])
		return 0;
	rc->v[e.file][e.obj] = 1;
	return 1;
}

/* May the walk for key enter o?  Not the Leistungen and Prozesse of other services. */
static int may_enter(const struct fk_link_obj *o, const char *key)
{
	return !is_anchor_kind(o->kind) || !o->nkeys || obj_has_key(o, key);
}

/* Marks what the service key reaches from its Leistungen and Prozesse over
   the links of package p, in either direction. */
static void walk(const struct fk_report *r, const struct fk_package *p, const char *key,
		 struct reach *rc)
{
	int changed = 1;

	for (size_t f = 0; f < p->nfiles; f++) {
		const struct fk_links *l = r->files[p->files[f]].links;

		for (size_t k = 0; l && k < l->nobjs; k++)
			if (is_anchor_kind(l->objs[k].kind) && obj_has_key(&l->objs[k], key))
				set_reached(rc, r, (struct fk_pkg_end){ p->files[f], k });
	}
	while (changed) {
		changed = 0;
		for (size_t i = 0; i < p->nlinks; i++) {
			const struct fk_pkg_link *lk = &p->links[i];
			const struct fk_link_obj *a = fk_pkg_obj(r, lk->from), *b = fk_pkg_obj(r, lk->to);

			if (!a || !b)
				continue;
			if (reached(rc, lk->from) && !reached(rc, lk->to) && may_enter(b, key))
				changed |= set_reached(rc, r, lk->to);
			if (reached(rc, lk->to) && !reached(rc, lk->from) && may_enter(a, key))
				changed |= set_reached(rc, r, lk->from);
		}
	}
}

static int block_of(enum fk_link_kind k)
{
	switch (k) {
	case FK_LINK_LEISTUNG: return FK_GAP_LEISTUNG;
	case FK_LINK_PROZESS:
	case FK_LINK_PROZESSKLASSE: return FK_GAP_PROZESS;
	case FK_LINK_SCHEMA: return FK_GAP_DATENSCHEMA;
	case FK_LINK_DSB: return FK_GAP_DSB;
	case FK_LINK_CODELIST: return FK_GAP_CODELISTS;
	default: return -1;
	}
}

static char *describe(enum fk_link_kind kind, const char *id, const char *version)
{
	return fk_xasprintf("%s %s%s%s", fk_link_kind_label(kind), id ? id : "(no id)",
			    !version ? "" : kind == FK_LINK_CODELIST ? " version " : " V",
			    version ? version : "");
}

/* Adds what an object of the service contributes: its block, what it misses,
   what it refers to that is absent. */
static void take_object(struct fk_gap_service *s, const struct fk_package *p, size_t file,
			size_t obj, const struct fk_link_obj *o)
{
	int b = block_of(o->kind);

	if (b >= 0)
		push_file(&s->blocks[b].files, &s->blocks[b].nfiles, file);
	for (size_t i = 0; i < o->nmissing; i++) {
		if (o->kind == FK_LINK_LEISTUNG) {
			push_unique(&s->missing_modules, &s->nmissing_modules, o->missing[i]);
		} else {
			char *m = fk_xasprintf("%s %s", fk_link_kind_label(o->kind), o->missing[i]);

			push_unique(&s->missing_attributes, &s->nmissing_attributes, m);
			free(m);
		}
	}
	for (size_t i = 0; i < p->nlinks; i++) {
		const struct fk_pkg_link *lk = &p->links[i];
		int tb = block_of(lk->kind == FK_LINK_PROZESSKLASSE ? FK_LINK_PROZESS : lk->kind);
		char *what;

		if (lk->from.file != file || lk->from.obj != obj || tb < 0 ||
		    lk->state == FK_PKG_RESOLVED || lk->state == FK_PKG_OUTSIDE)
			continue;
		if (lk->state == FK_PKG_PLACEHOLDER)
			what = fk_xasprintf("Dokumentsteckbrief %s (the placeholder)", lk->id);
		else
			what = describe(lk->kind, lk->id, lk->version);
		push_unique(&s->blocks[tb].absent, &s->blocks[tb].nabsent, what);
		free(what);
	}
}

static int has_critical(const struct fk_file_report *f)
{
	for (size_t i = 0; i < f->diags.count; i++)
		if (f->diags.items[i].severity == FK_SEV_CRITICAL)
			return 1;
	return 0;
}

static size_t count_sev(const struct fk_file_report *f, enum fk_severity sev)
{
	size_t n = 0;

	for (size_t i = 0; i < f->diags.count; i++)
		n += f->diags.items[i].severity == sev;
	return n;
}

/* Adds a reason (taking text), once. */
static void reason(struct fk_gap_service *s, char *text)
{
	for (size_t i = 0; i < s->nreasons; i++) {
		if (!strcmp(s->reasons[i], text)) {
			free(text);
			return;
		}
	}
	push_str(&s->reasons, &s->nreasons, text);
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

/* Block states, release, counts, verdict and reasons of a service. */
static void settle(const struct fk_report *r, struct fk_gap_service *s)
{
	static const char *const what[FK_GAP_BLOCK_COUNT] = {
		"no Leistung (XZuFi) of the service",
		"no Prozess (XProzess) of the service",
		"no Datenschema (XDatenfelder) of the service",
		"no Dokumentsteckbrief (XDatenfelder) of the service",
		"code lists the Datenschemas refer to are absent",
	};

	for (int b = 0; b < FK_GAP_BLOCK_COUNT; b++) {
		struct fk_gap_cell *c = &s->blocks[b];
		enum fk_gap_state st = FK_GAP_OK;
		char *list;

		if (!c->nfiles) {
			st = b == FK_GAP_CODELISTS && !c->nabsent ? FK_GAP_NOT_NEEDED : FK_GAP_MISSING;
		} else {
			for (size_t i = 0; i < c->nfiles; i++) {
				const struct fk_file_report *f = &r->files[c->files[i]];
				enum fk_gap_state fs = FK_GAP_OK;

				if (f->schema == FK_SCHEMA_INVALID || f->error)
					fs = FK_GAP_INVALID;
				else if (has_critical(f))
					fs = FK_GAP_CRITICAL;
				if (fs > st)
					st = fs;
			}
			if (c->nabsent && st < FK_GAP_INCOMPLETE)
				st = FK_GAP_INCOMPLETE;
		}
		c->state = st;
		if (st == FK_GAP_MISSING) {
			list = join(c->absent, c->nabsent);
			reason(s, c->nabsent ? fk_xasprintf("%s: %s", what[b], list) : fk_xstrdup(what[b]));
			free(list);
		} else if (c->nabsent) {
			list = join(c->absent, c->nabsent);
			reason(s, fk_xasprintf("%s: referred to but absent: %s", fk_gap_block_label(b), list));
			free(list);
		}
		for (size_t i = 0; i < c->nfiles; i++) {
			const struct fk_file_report *f = &r->files[c->files[i]];

			if (f->error)
				reason(s, fk_xasprintf("%s: %s could not be processed: %s",
						       fk_gap_block_label(b), f->path, f->error));
			else if (f->schema == FK_SCHEMA_INVALID)
				reason(s, fk_xasprintf("%s: %s is not valid against its schema",
						       fk_gap_block_label(b), f->path));
			else if (has_critical(f))
				reason(s, fk_xasprintf("%s: %s has %zu critical finding%s",
						       fk_gap_block_label(b), f->path,
						       count_sev(f, FK_SEV_CRITICAL),
						       count_sev(f, FK_SEV_CRITICAL) == 1 ? "" : "s"));
		}
	}
	if (s->nmissing_modules) {
		char *list = join(s->missing_modules, s->nmissing_modules);

		reason(s, fk_xasprintf("required modules of the Leistung missing: %s", list));
		free(list);
	}
	if (s->nmissing_attributes) {
		char *list = join(s->missing_attributes, s->nmissing_attributes);

		reason(s, fk_xasprintf("required process attributes missing: %s", list));
		free(list);
	}
	/* documents of the service that are not released, and documents fimkit
	   could not read at all */
	for (size_t i = 0; i < s->nfiles; i++) {
		const struct fk_file_report *f = &r->files[s->files[i]];
		const struct fk_links *l = f->links;

		for (size_t k = 0; l && k < l->nobjs; k++) {
			const struct fk_link_obj *o = &l->objs[k];
			enum fk_release rel = fk_release_of(o->status);
			const char *name = fk_status_name(o->status);
			char *d;

			if (!o->status || rel == FK_RELEASE_RELEASED || rel == FK_RELEASE_ACTIVE)
				continue;
			d = describe(o->kind, o->id, o->version);
			reason(s, fk_xasprintf("%s has status %s%s%s%s; rollout needs Freigabestatus 5 or 6",
					       d, o->status, name ? " (" : "", name ? name : "",
					       name ? ")" : ""));
			free(d);
		}
		if (l)
			continue;
		if (f->error)
			reason(s, fk_xasprintf("%s could not be processed: %s", f->path, f->error));
		else if (!f->detected)
			reason(s, fk_xasprintf("%s could not be read as XML", f->path));
		else if (!f->det.supported || !f->det.known_message)
			reason(s, fk_xasprintf("%s is not a FIM document fimkit supports", f->path));
	}
	for (size_t i = 0; i < s->nmanifests; i++) {
		const struct fk_file_report *f = &r->files[s->manifests[i]];
		size_t n = count_sev(f, FK_SEV_CRITICAL);

		if (n)
			reason(s, fk_xasprintf("the manifest %s has %zu critical finding%s", f->path, n,
					       n == 1 ? "" : "s"));
		for (size_t k = 0; k < f->diags.count; k++)
			s->by_severity[f->diags.items[k].severity]++;
	}
	for (size_t i = 0; i < s->nfiles; i++) {
		const struct fk_file_report *f = &r->files[s->files[i]];

		for (size_t k = 0; k < f->diags.count; k++)
			s->by_severity[f->diags.items[k].severity]++;
	}
	if (s->verdict != FK_GAP_ABSENT)
		s->verdict = s->nreasons ? FK_GAP_NOT_READY : FK_GAP_READY;
}

/* Collects service s from package p: what key reaches, or everything. */
static void collect(const struct fk_report *r, const struct fk_package *p, struct fk_gap_service *s,
		    const char *key, int whole)
{
	struct reach rc = { fk_xcalloc(r->count ? r->count : 1, sizeof(unsigned char *)), r->count };

	push_unique(&s->packages, &s->npackages, p->name);
	if (!whole)
		walk(r, p, key, &rc);
	for (size_t f = 0; f < p->nfiles; f++) {
		const struct fk_links *l = r->files[p->files[f]].links;
		int any = whole;

		for (size_t k = 0; l && k < l->nobjs; k++)
			if (whole || reached(&rc, (struct fk_pkg_end){ p->files[f], k })) {
				take_object(s, p, p->files[f], k, &l->objs[k]);
				any = 1;
			}
		if (any)
			push_file(&s->files, &s->nfiles, p->files[f]);
	}
	/* documents outside the package the service reaches (shared code lists) */
	for (size_t i = 0; i < p->nlinks; i++) {
		const struct fk_pkg_link *lk = &p->links[i];
		const struct fk_link_obj *o;
		int b;

		if (lk->state != FK_PKG_OUTSIDE || !(whole || reached(&rc, lk->from)))
			continue;
		o = fk_pkg_obj(r, lk->to);
		b = o ? block_of(o->kind) : -1;
		if (b < 0)
			continue;
		push_file(&s->blocks[b].files, &s->blocks[b].nfiles, lk->to.file);
		push_file(&s->files, &s->nfiles, lk->to.file);
	}
	if (p->manifest_file != NONE)
		push_file(&s->manifests, &s->nmanifests, p->manifest_file);
	if (!s->name) {
		for (size_t pass = 0; pass < 2 && !s->name; pass++)
			for (size_t f = 0; f < s->nfiles && !s->name; f++) {
				const struct fk_links *l = r->files[s->files[f]].links;

				for (size_t k = 0; l && k < l->nobjs && !s->name; k++)
					if (l->objs[k].name && (pass ? is_anchor_kind(l->objs[k].kind)
								     : l->objs[k].kind == FK_LINK_LEISTUNG) &&
					    (!key || obj_has_key(&l->objs[k], key)))
						s->name = fk_xstrdup(l->objs[k].name);
			}
	}
	for (size_t i = 0; i < rc.n; i++)
		free(rc.v[i]);
	free(rc.v);
}

static int cmp_service(const void *a, const void *b)
{
	const struct fk_gap_service *x = a, *y = b;

	if (!x->key || !y->key) {
		if (x->key != y->key)
			return x->key ? -1 : 1;
		return strcmp(x->npackages ? x->packages[0] : "", y->npackages ? y->packages[0] : "");
	}
	return strcmp(x->key, y->key);
}

struct fk_gap_report *fk_gaps_build(const struct fk_report *r, const struct fk_require_list *req)
{
	struct fk_gap_report *g = fk_xcalloc(1, sizeof(*g));
	const struct fk_package_set *set = r->packages;

	g->report = r;
	g->require = req ? req->path : NULL;
	for (size_t k = 0; set && k < set->n; k++) {
		const struct fk_package *p = &set->v[k];
		char **keys = NULL;
		size_t nkeys = 0;

		package_keys(r, p, &keys, &nkeys);
		if (!nkeys) {
			struct fk_gap_service *s = add_service(g, NULL);

			collect(r, p, s, NULL, 1);
			if (!s->name)
				s->name = fk_xstrdup(p->name);
			reason(s, fk_xstrdup("no Leistung, Prozess or manifest names the service's "
					     "Leistungsschlüssel"));
		}
		for (size_t i = 0; i < nkeys; i++) {
			struct fk_gap_service *s = find_service(g, keys[i]);

			if (!s)
				s = add_service(g, keys[i]);
			collect(r, p, s, keys[i], nkeys == 1);
			if (!s->name && p->name && p->manifest)
				s->name = fk_xstrdup(p->name);
		}
		for (size_t i = 0; i < nkeys; i++)
			free(keys[i]);
		free(keys);
	}
	for (size_t i = 0; i < r->count; i++)
		if (!r->files[i].package)
			push_file(&g->outside, &g->noutside, i);
	for (size_t i = 0; req && i < req->n; i++) {
		struct fk_gap_service *s = find_service(g, req->v[i].key);

		if (!s) {
			s = add_service(g, req->v[i].key);
			s->name = fk_xstrdup(req->v[i].name);
			s->verdict = FK_GAP_ABSENT;
			reason(s, fk_xasprintf("required by %s, but no document of the service is "
					       "in the run", req->path));
		}
		s->required = 1;
	}
	for (size_t i = 0; i < g->nservices; i++)
		settle(r, &g->services[i]);
	if (g->nservices)
		qsort(g->services, g->nservices, sizeof(*g->services), cmp_service);
	for (size_t i = 0; i < g->nservices; i++) {
		g->by_verdict[g->services[i].verdict]++;
		if (g->services[i].required) {
			g->required++;
			g->required_ready += g->services[i].verdict == FK_GAP_READY;
		}
	}
	return g;
}

static void free_strs(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void fk_gap_report_free(struct fk_gap_report *g)
{
	if (!g)
		return;
	for (size_t i = 0; i < g->nservices; i++) {
		struct fk_gap_service *s = &g->services[i];

		free(s->key);
		free(s->name);
		free_strs(s->packages, s->npackages);
		for (int b = 0; b < FK_GAP_BLOCK_COUNT; b++) {
			free(s->blocks[b].files);
			free_strs(s->blocks[b].absent, s->blocks[b].nabsent);
		}
		free_strs(s->missing_modules, s->nmissing_modules);
		free_strs(s->missing_attributes, s->nmissing_attributes);
		free(s->files);
		free(s->manifests);
		free_strs(s->reasons, s->nreasons);
	}
	free(g->services);
	free(g->outside);
	free(g);
}

int fk_gaps_exit_code(const struct fk_gap_report *g)
{
	for (size_t i = 0; i < g->report->count; i++)
		if (g->report->files[i].error)
			return FK_EXIT_FAILURE;
	if (!g->nservices || g->by_verdict[FK_GAP_NOT_READY] || g->by_verdict[FK_GAP_ABSENT])
		return FK_EXIT_FINDINGS;
	return FK_EXIT_OK;
}

int fk_gaps_write(const struct fk_gap_report *g, enum fk_format fmt, FILE *out)
{
	switch (fmt) {
	case FK_FORMAT_TEXT: return fk_gaps_write_text(g, out);
	case FK_FORMAT_JSON: return fk_gaps_write_json(g, out);
	case FK_FORMAT_HTML: return fk_gaps_write_html(g, out);
	case FK_FORMAT_MARKDOWN: return fk_gaps_write_markdown(g, out);
	default: return -1;
	}
}
