/* manifest.c - reading a package manifest (see manifest.h). */
#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "manifest.h"

/* Longest line read; longer lines are a problem, not a crash. */
#define MAX_LINE 4096

static void problem(struct fk_manifest *m, long line, const char *en, const char *de, ...)
	__attribute__((format(printf, 3, 5)));

/* en and de take the same arguments. */
static void problem(struct fk_manifest *m, long line, const char *en, const char *de, ...)
{
	struct fk_manifest_problem *p;
	struct fk_buf b = FK_BUF_INIT;
	va_list ap;

	m->problems = fk_xrealloc(m->problems, (m->nproblems + 1) * sizeof(*m->problems));
	p = &m->problems[m->nproblems++];
	p->line = line;
	va_start(ap, de);
	fk_buf_vaddf(&b, en, ap);
	va_end(ap);
	p->message = fk_buf_detach(&b);
	va_start(ap, de);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	fk_buf_vaddf(&b, de, ap);
#pragma GCC diagnostic pop
	va_end(ap);
	p->message_de = fk_buf_detach(&b);
}

static int all_digits(const char *s, size_t n)
{
	if (strlen(s) != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

/* "ID" or "ID VERSION" (VERSION may be written "V1.0"); 0 on success. */
static int parse_object(char *s, char **id, char **version)
{
	char *sp, *v;

	s = fk_trim(s);
	if (!*s)
		return -1;
	sp = strpbrk(s, " \t");
	if (!sp) {
		*id = fk_xstrdup(s);
		*version = NULL;
		return 0;
	}
	*sp = '\0';
	v = fk_trim(sp + 1);
	if (strpbrk(v, " \t"))
		return -1;
	if ((v[0] == 'V' || v[0] == 'v') && isdigit((unsigned char)v[1]))
		v++;
	*id = fk_xstrdup(s);
	*version = fk_xstrdup(v);
	return 0;
}

static void read_link(struct fk_manifest *m, long lineno, char *value)
{
	char *orig = fk_xstrdup(value), *arrow = strstr(value, "->");
	struct fk_manifest_link l = { NULL, NULL, NULL, NULL, lineno };

	if (!arrow) {
		problem(m, lineno, "link '%s' is not of the form FROM -> TO",
			"Verknüpfung '%s' hat nicht die Form VON -> NACH", orig);
		free(orig);
		return;
	}
	*arrow = '\0';
	if (parse_object(value, &l.from_id, &l.from_version) < 0 ||
	    parse_object(arrow + 2, &l.to_id, &l.to_version) < 0) {
		free(l.from_id);
		free(l.from_version);
		problem(m, lineno, "link '%s' is not of the form FROM -> TO (each an id and "
			"optionally a version)",
			"Verknüpfung '%s' hat nicht die Form VON -> NACH (je eine ID und "
			"optional eine Version)", orig);
		free(orig);
		return;
	}
	free(orig);
	m->links = fk_xrealloc(m->links, (m->nlinks + 1) * sizeof(*m->links));
	m->links[m->nlinks++] = l;
}

static void read_keys(struct fk_manifest *m, long lineno, char *value)
{
	char *save = NULL;

	for (char *tok = strtok_r(value, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		char *k = fk_trim(tok);

		if (!*k)
			continue;
		if (!all_digits(k, 14)) {
			problem(m, lineno, "Leistungsschlüssel '%s' is not a 14-digit number",
				"Leistungsschlüssel '%s' ist keine 14-stellige Zahl", k);
			continue;
		}
		m->keys = fk_xrealloc(m->keys, (m->nkeys + 1) * sizeof(*m->keys));
		m->key_lines = fk_xrealloc(m->key_lines, (m->nkeys + 1) * sizeof(*m->key_lines));
		m->keys[m->nkeys] = fk_xstrdup(k);
		m->key_lines[m->nkeys++] = lineno;
	}
}

void fk_manifest_read(const char *path, struct fk_manifest *m)
{
	FILE *f;
	char *line = NULL;
	size_t cap = 0;
	long lineno = 0;
	ssize_t len;

	memset(m, 0, sizeof(*m));
	f = fopen(path, "r");
	if (!f) {
		problem(m, 0, "cannot read the manifest: %s", "Manifest nicht lesbar: %s",
			fk_strerror(errno));
		return;
	}
	while ((len = getline(&line, &cap, f)) > 0) {
		char *s, *eq, *key, *value;

		lineno++;
		if (len > MAX_LINE) {
			problem(m, lineno, "line longer than %d bytes", "Zeile länger als %d Bytes",
				MAX_LINE);
			continue;
		}
		if (lineno == 1 && !strncmp(line, "\xEF\xBB\xBF", 3))
			memmove(line, line + 3, strlen(line + 3) + 1); /* a BOM from Windows editors */
		s = fk_trim(line);
		if (!*s || *s == '#' || *s == ';' || !strcmp(s, "[package]"))
			continue;
		eq = strchr(s, '=');
		if (!eq) {
			problem(m, lineno, "expected 'key = value', found '%s'",
				"'Schlüssel = Wert' erwartet, gefunden '%s'", s);
			continue;
		}
		*eq = '\0';
		key = fk_trim(s);
		value = fk_trim(eq + 1);
		if (!strcmp(key, "name")) {
			free(m->name);
			m->name = *value ? fk_xstrdup(value) : NULL;
		} else if (!strcmp(key, "leistungsschluessel")) {
			read_keys(m, lineno, value);
		} else if (!strcmp(key, "freigabestatus")) {
			if (strlen(value) != 1 || value[0] < '1' || value[0] > '8') {
				problem(m, lineno, "freigabestatus '%s' is not a code from 1 to 8",
					"freigabestatus '%s' ist kein Code von 1 bis 8", value);
			} else {
				free(m->status);
				m->status = fk_xstrdup(value);
				m->status_line = lineno;
			}
		} else if (!strcmp(key, "link")) {
			read_link(m, lineno, value);
		} else if (!strcmp(key, "package")) {
			if (!strcmp(value, "no"))
				m->not_package = 1;
			else if (!strcmp(value, "yes"))
				m->not_package = 0;
			else
				problem(m, lineno, "package '%s' is neither yes nor no",
					"package '%s' ist weder yes noch no", value);
		} else {
			problem(m, lineno, "unknown setting '%s' (known: name, leistungsschluessel, "
				"freigabestatus, link, package)",
				"unbekannte Angabe '%s' (bekannt: name, leistungsschluessel, "
				"freigabestatus, link, package)", key);
		}
	}
	if (ferror(f))
		problem(m, lineno, "cannot read the manifest: %s", "Manifest nicht lesbar: %s",
			fk_strerror(errno));
	free(line);
	fclose(f);
}

void fk_manifest_release(struct fk_manifest *m)
{
	free(m->name);
	for (size_t i = 0; i < m->nkeys; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->key_lines);
	free(m->status);
	for (size_t i = 0; i < m->nlinks; i++) {
		free(m->links[i].from_id);
		free(m->links[i].from_version);
		free(m->links[i].to_id);
		free(m->links[i].to_version);
	}
	free(m->links);
	for (size_t i = 0; i < m->nproblems; i++) {
		free(m->problems[i].message);
		free(m->problems[i].message_de);
	}
	free(m->problems);
	memset(m, 0, sizeof(*m));
}
