/*
 * convert.c - running fimkit's stylesheets (or the user's) over documents.
 */
#include <config.h>

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <libxml/xmlIO.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltutils.h>
#include <libexslt/exslt.h>

#include "fimkit/buf.h"
#include "fimkit/convert.h"
#include "fimkit/datadir.h"
#include "fimkit/process.h"
#include "fimkit/summary.h"
#include "sandbox.h"

/* ---- formats and the stylesheet for each standard ------------------------------ */

static const struct format_info {
	const char *name;
	const char *ext;
} formats[] = {
	[FK_CONVERT_HTML] = { "html", ".html" },
	[FK_CONVERT_JSON_SCHEMA] = { "json-schema", ".schema.json" },
	[FK_CONVERT_CSV] = { "csv", ".csv" },
	[FK_CONVERT_MARKDOWN] = { "markdown", ".md" },
	[FK_CONVERT_XDF3] = { "xdf3", ".xdf3.xml" },
};
#define NFORMATS (sizeof(formats) / sizeof(formats[0]))

/* Which built-in stylesheet converts what.  messages: the XDatenfelder
   messages the stylesheet handles (NULL: any message of the family). */
static const struct builtin {
	enum fk_convert_format format;
	enum fk_family family;
	enum fk_standard only;      /* FK_STD_UNKNOWN: every version */
	const char *messages;
	const char *file;
} builtins[] = {
	{ FK_CONVERT_HTML, FK_FAMILY_XDATENFELDER, FK_STD_UNKNOWN, "0101 0102 0103 0104", "xdf-html.xsl" },
	{ FK_CONVERT_HTML, FK_FAMILY_XZUFI, FK_STD_UNKNOWN, NULL, "xzufi-html.xsl" },
	{ FK_CONVERT_HTML, FK_FAMILY_XPROZESS, FK_STD_UNKNOWN, NULL, "xprozess-html.xsl" },
	{ FK_CONVERT_JSON_SCHEMA, FK_FAMILY_XDATENFELDER, FK_STD_UNKNOWN, "0102 0103 0104",
	  "xdf-json-schema.xsl" },
	{ FK_CONVERT_CSV, FK_FAMILY_XDATENFELDER, FK_STD_UNKNOWN, "0102 0103 0104", "xdf-csv.xsl" },
	{ FK_CONVERT_MARKDOWN, FK_FAMILY_XDATENFELDER, FK_STD_UNKNOWN, "0101 0102 0103 0104",
	  "xdf-markdown.xsl" },
	{ FK_CONVERT_MARKDOWN, FK_FAMILY_XZUFI, FK_STD_UNKNOWN, NULL, "xzufi-markdown.xsl" },
	{ FK_CONVERT_MARKDOWN, FK_FAMILY_XPROZESS, FK_STD_UNKNOWN, NULL, "xprozess-markdown.xsl" },
	{ FK_CONVERT_XDF3, FK_FAMILY_XDATENFELDER, FK_STD_XDF2, "0101 0102 0103 0104",
	  "xdf2-to-xdf3.xsl" },
};
#define NBUILTINS (sizeof(builtins) / sizeof(builtins[0]))

int fk_convert_format_parse(const char *name, enum fk_convert_format *out)
{
	for (size_t i = 0; i < NFORMATS; i++) {
		if (!strcmp(name, formats[i].name)) {
			*out = (enum fk_convert_format)i;
			return 0;
		}
	}
	return -1;
}

const char *fk_convert_format_name(enum fk_convert_format fmt)
{
	return (size_t)fmt < NFORMATS ? formats[fmt].name : "custom";
}

const char *fk_convert_format_names(void)
{
	return "html, json-schema, csv, markdown or xdf3";
}

/* ---- the converter ------------------------------------------------------------------ */

struct compiled {
	const struct builtin *b;   /* NULL for the user's stylesheet */
	xsltStylesheetPtr style;
};

/*
 * The watchdog: transformations in progress with their deadlines.  libxslt
 * cannot be interrupted, but it checks its context's state between
 * instructions; the watchdog thread sets it to "stopped" when a deadline
 * passes.
 */
struct running {
	xsltTransformContextPtr ctxt;
	struct timespec deadline;
	int stopped;
	struct running *next;
};

struct watchdog {
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t wake;
	struct running *list;
	int quit;
};

struct style_set {
	struct compiled *styles;
	size_t nstyles;
	int failed;                /* compiling this copy failed */
};

/* Most worker threads (the limit of --jobs) */
#define MAX_SETS 256

struct fk_converter {
	enum fk_convert_format format;
	unsigned time_limit;
	struct watchdog *watchdog;
	/* One compiled copy of the stylesheets per worker thread: libxslt
	   1.1.35 with libxml2 2.9.14 gives wrong results now and then when
	   threads share a compiled stylesheet (predicates on unions such as
	   "(a | b)[1]"), so each worker compiles its own, once per run.
	   sets[0] is compiled up front, which also reports a bad stylesheet
	   before any input is touched. */
	struct style_set *sets;
	pthread_mutex_t compile_lock;
	char *dir;                 /* the built-in stylesheets' directory */
	char *custom;              /* the user's stylesheet */
	const char **params;       /* NAME, VALUE, ..., NULL (owned copies) */
	struct fk_load_options load;
	char *custom_ext;          /* extension for the user's stylesheet */
};

/* Collects libxslt's compile-time messages (global handler, main thread). */
static void collect_generic(void *ctx, const char *fmt, ...)
{
	struct fk_buf *b = ctx;
	va_list ap;

	if (b->len > 4096)
		return;
	va_start(ap, fmt);
	fk_buf_vaddf(b, fmt, ap);
	va_end(ap);
}

/* First line of compile messages, for a one-line error. */
static char *first_lines(const char *s)
{
	struct fk_buf out;
	int lines = 0;

	fk_buf_init(&out);
	while (*s && lines < 3) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);

		if (n && !(n == 5 && !strncmp(s, "error", 5))) {
			if (out.len)
				fk_buf_adds(&out, "; ");
			fk_buf_add(&out, s, n);
			lines++;
		}
		s += n + (nl != NULL);
	}
	return fk_buf_detach(&out);
}

static xsltStylesheetPtr compile(const char *path, char **error)
{
	struct fk_buf msgs;
	xsltStylesheetPtr style;

	if (access(path, R_OK) != 0) {
		*error = fk_xasprintf("cannot read stylesheet %s: %s", path, fk_strerror(errno));
		return NULL;
	}
	fk_buf_init(&msgs);
	xsltSetGenericErrorFunc(&msgs, collect_generic);
	style = xsltParseStylesheetFile((const xmlChar *)path);
	xsltSetGenericErrorFunc(NULL, NULL);
	if (!style || style->errors) {
		const char *why = fk_sandbox_last_error();
		char *detail = first_lines(msgs.len ? msgs.data : why ? why : "cannot be compiled");

		*error = fk_xasprintf("stylesheet %s: %s", path, detail);
		free(detail);
		if (style)
			xsltFreeStylesheet(style);
		style = NULL;
	}
	fk_buf_release(&msgs);
	return style;
}

/* Extension for the user's stylesheet's output, from its xsl:output. */
static char *custom_extension(const xsltStylesheetPtr style)
{
	const char *method = style->method ? (const char *)style->method : "xml";
	const char *media = style->mediaType ? (const char *)style->mediaType : "";

	if (strstr(media, "json"))
		return fk_xstrdup(".json");
	if (!strcmp(method, "html") || !strcmp(method, "xhtml"))
		return fk_xstrdup(".html");
	if (!strcmp(method, "text"))
		return fk_xstrdup(strstr(media, "csv") ? ".csv" : ".txt");
	return fk_xstrdup(".xml");
}

static int passed(const struct timespec *now, const struct timespec *t)
{
	return now->tv_sec > t->tv_sec || (now->tv_sec == t->tv_sec && now->tv_nsec >= t->tv_nsec);
}

static void *watchdog_main(void *arg)
{
	struct watchdog *w = arg;

	pthread_mutex_lock(&w->lock);
	while (!w->quit) {
		struct timespec now, tick;

		clock_gettime(CLOCK_REALTIME, &now);
		for (struct running *r = w->list; r; r = r->next) {
			if (!r->stopped && passed(&now, &r->deadline)) {
				__atomic_store_n(&r->ctxt->state, XSLT_STATE_STOPPED, __ATOMIC_SEQ_CST);
				r->stopped = 1;
			}
		}
		tick = now;
		tick.tv_nsec += 100 * 1000 * 1000;
		if (tick.tv_nsec >= 1000000000L) {
			tick.tv_sec++;
			tick.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&w->wake, &w->lock, &tick);
	}
	pthread_mutex_unlock(&w->lock);
	return NULL;
}

static struct watchdog *watchdog_start(void)
{
	struct watchdog *w = fk_xcalloc(1, sizeof(*w));

	pthread_mutex_init(&w->lock, NULL);
	pthread_cond_init(&w->wake, NULL);
	if (pthread_create(&w->thread, NULL, watchdog_main, w) != 0) {
		pthread_mutex_destroy(&w->lock);
		pthread_cond_destroy(&w->wake);
		free(w);
		return NULL;
	}
	return w;
}

static void watchdog_stop(struct watchdog *w)
{
	if (!w)
		return;
	pthread_mutex_lock(&w->lock);
	w->quit = 1;
	pthread_cond_signal(&w->wake);
	pthread_mutex_unlock(&w->lock);
	pthread_join(w->thread, NULL);
	pthread_mutex_destroy(&w->lock);
	pthread_cond_destroy(&w->wake);
	free(w);
}

static void watch(struct watchdog *w, struct running *r, xsltTransformContextPtr ctxt,
		  unsigned seconds)
{
	memset(r, 0, sizeof(*r));
	r->ctxt = ctxt;
	if (!w)
		return;
	clock_gettime(CLOCK_REALTIME, &r->deadline);
	r->deadline.tv_sec += seconds;
	pthread_mutex_lock(&w->lock);
	r->next = w->list;
	w->list = r;
	pthread_mutex_unlock(&w->lock);
}

/* Stops watching r; returns whether the watchdog stopped it. */
static int unwatch(struct watchdog *w, struct running *r)
{
	int stopped;

	if (!w)
		return 0;
	pthread_mutex_lock(&w->lock);
	for (struct running **p = &w->list; *p; p = &(*p)->next) {
		if (*p == r) {
			*p = r->next;
			break;
		}
	}
	stopped = r->stopped;
	pthread_mutex_unlock(&w->lock);
	return stopped;
}

/* Compiles the stylesheets of c's format into set; 0, or -1 with *error. */
static int compile_set(const struct fk_converter *c, struct style_set *set, char **error)
{
	set->styles = fk_xcalloc(NBUILTINS + 1, sizeof(*set->styles));
	if (c->custom) {
		set->styles[0].style = compile(c->custom, error);
		if (!set->styles[0].style)
			return -1;
		set->nstyles = 1;
		return 0;
	}
	for (size_t i = 0; i < NBUILTINS; i++) {
		char *path;

		if (builtins[i].format != c->format)
			continue;
		path = fk_xasprintf("%s/%s", c->dir, builtins[i].file);
		set->styles[set->nstyles].b = &builtins[i];
		set->styles[set->nstyles].style = compile(path, error);
		free(path);
		if (!set->styles[set->nstyles].style)
			return -1;
		set->nstyles++;
	}
	return 0;
}

static void free_set(struct style_set *set)
{
	for (size_t i = 0; i < set->nstyles; i++)
		xsltFreeStylesheet(set->styles[i].style);
	free(set->styles);
	memset(set, 0, sizeof(*set));
}

/* The stylesheets of worker k, compiled on first use; NULL when that
   failed (it compiled once already, so only memory can make it fail). */
static struct style_set *worker_set(const struct fk_converter *c, unsigned k)
{
	struct style_set *set = &c->sets[k < MAX_SETS ? k : 0];
	char *error = NULL;

	pthread_mutex_lock((pthread_mutex_t *)&c->compile_lock);
	if (!set->styles && compile_set(c, set, &error) < 0) {
		free_set(set);
		set->failed = 1;
	}
	pthread_mutex_unlock((pthread_mutex_t *)&c->compile_lock);
	free(error);
	return set->failed ? NULL : set;
}

struct fk_converter *fk_converter_new(const struct fk_converter_options *o, char **error)
{
	const char *dir = o->xslt_dir ? o->xslt_dir : fk_data_dir("xslt");
	struct fk_converter *c = fk_xcalloc(1, sizeof(*c));
	const char *roots[2] = { NULL, NULL };
	char realdir[PATH_MAX];
	size_t nparams = 0;

	*error = NULL;
	c->format = o->format;
	c->load = o->load;
	c->time_limit = o->time_limit;
	/* Stylesheets read below fimkit's stylesheet directory and, for the
	   user's, below its own directory. */
	roots[0] = realpath(dir, realdir) ? realdir : NULL;
	if (o->format == FK_CONVERT_CUSTOM)
		roots[1] = fk_sandbox_dir_of(o->xslt);
	exsltRegisterAll();
	fk_sandbox_install(roots, 2);
	free((char *)roots[1]);
	if (o->codelists && fk_sandbox_codelists(o->codelists, error) < 0) {
		free(c);
		return NULL;
	}

	if (o->params)
		while (o->params[nparams])
			nparams++;
	c->params = fk_xcalloc(nparams + 1, sizeof(*c->params));
	for (size_t i = 0; i < nparams; i++)
		c->params[i] = fk_xstrdup(o->params[i]);

	c->dir = fk_xstrdup(dir);
	c->custom = o->format == FK_CONVERT_CUSTOM ? fk_xstrdup(o->xslt) : NULL;
	pthread_mutex_init(&c->compile_lock, NULL);
	c->sets = fk_xcalloc(MAX_SETS, sizeof(*c->sets));
	if (compile_set(c, &c->sets[0], error) < 0)
		goto fail;
	if (c->custom)
		c->custom_ext = custom_extension(c->sets[0].styles[0].style);
	if (c->time_limit)
		c->watchdog = watchdog_start();
	return c;
fail:
	fk_converter_free(c);
	return NULL;
}

void fk_converter_free(struct fk_converter *c)
{
	if (!c)
		return;
	watchdog_stop(c->watchdog);
	if (c->sets) {
		for (size_t i = 0; i < MAX_SETS; i++)
			free_set(&c->sets[i]);
		free(c->sets);
		pthread_mutex_destroy(&c->compile_lock);
	}
	free(c->dir);
	free(c->custom);
	for (size_t i = 0; c->params && c->params[i]; i++)
		free((char *)c->params[i]);
	free(c->params);
	free(c->custom_ext);
	free(c);
}

const char *fk_converter_ext(const struct fk_converter *c)
{
	return c->format == FK_CONVERT_CUSTOM ? c->custom_ext : formats[c->format].ext;
}

void fk_conversion_release(struct fk_conversion *cv)
{
	free(cv->data);
	free(cv->name);
	free(cv->why);
	memset(cv, 0, sizeof(*cv));
}

/* ---- choosing the stylesheet ---------------------------------------------------------- */

static int message_listed(const char *list, const char *message)
{
	size_t n = strlen(message);

	if (!n)
		return 0;
	for (const char *p = list; (p = strstr(p, message)) != NULL; p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return 1;
	return 0;
}

static const struct compiled *stylesheet_for(const struct fk_converter *c,
					     const struct style_set *set,
					     const struct fk_detection *det, char **why)
{
	if (c->format == FK_CONVERT_CUSTOM)
		return &set->styles[0];
	for (size_t i = 0; i < set->nstyles; i++) {
		const struct builtin *b = set->styles[i].b;

		if (b->family != det->family)
			continue;
		if (b->only != FK_STD_UNKNOWN && b->only != det->standard)
			continue;
		if (b->messages && !message_listed(b->messages, det->message))
			continue;
		return &set->styles[i];
	}
	if (det->message[0])
		*why = fk_xasprintf("no %s conversion for %s message %s",
				    formats[c->format].name, fk_standard_label(det->standard),
				    det->message);
	else
		*why = fk_xasprintf("no %s conversion for %s documents", formats[c->format].name,
				    fk_standard_label(det->standard));
	return NULL;
}

/* ---- output names -------------------------------------------------------------------- */

static int safe_token(const char *s, size_t max)
{
	size_t n = 0;

	if (!s || !*s || *s == '.' || *s == '-')
		return 0;
	for (; *s; s++, n++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
		      (*s >= '0' && *s <= '9') || *s == '.' || *s == '_' || *s == '-'))
			return 0;
	return n <= max;
}

/* OBJECT-ID "V" VERSION EXT when both are plain tokens; else the input's
   base name without .xml, reduced to safe characters. */
static char *output_name(const char *path, const struct fk_summary *s, const char *ext)
{
	const char *base;
	struct fk_buf b;
	size_t n;

	if (safe_token(s->object_id, 64)) {
		if (safe_token(s->object_version, 32))
			return fk_xasprintf("%sV%s%s", s->object_id, s->object_version, ext);
		return fk_xasprintf("%s%s", s->object_id, ext);
	}
	base = strrchr(path, '/');
	base = base ? base + 1 : path;
	if (!strcmp(path, "-"))
		base = "stdin";
	n = strlen(base);
	if (n > 4 && !strcasecmp(base + n - 4, ".xml"))
		n -= 4;
	fk_buf_init(&b);
	for (size_t i = 0; i < n && b.len < 100; i++) {
		unsigned char ch = (unsigned char)base[i];
		int ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
			 (ch >= '0' && ch <= '9') || ch == '_' || ch == '-' || (ch == '.' && b.len > 0);

		fk_buf_addc(&b, ok ? (char)ch : '_');
	}
	if (!b.len)
		fk_buf_adds(&b, "document");
	fk_buf_adds(&b, ext);
	return fk_buf_detach(&b);
}

/* ---- running a stylesheet ---------------------------------------------------------- */

/* What a transformation said through its error channel (xsl:message and
   libxslt's runtime errors), line by line. */
struct transform_log {
	struct fk_buf pending;    /* the line being assembled */
	struct fk_buf errors;     /* lines that are not findings */
	struct fk_file_report *f;
	char *fatal_text;         /* the text of a fimkit-error line */
	int saw_error;            /* a line is one of libxslt's errors */
	size_t lines;
};

#define MAX_STYLESHEET_LINES 10000

static void finding_line(struct transform_log *log, char *line)
{
	char *field[7];
	size_t n = 0;
	enum fk_severity sev;
	struct fk_diag *d;
	char *p = line;

	/* fimkit-finding|CODE|SEVERITY|LINE|ID|VERSION|TEXT (see xslt/common/finding.xsl) */
	while (n < 6) {
		char *bar = strchr(p, '|');

		if (!bar)
			break;
		*bar = '\0';
		field[n++] = p;
		p = bar + 1;
	}
	field[n++] = p;
	if (n != 7 || !*field[1] || fk_severity_parse(field[2], &sev) < 0) {
		fk_buf_addf(&log->errors, "%s%s", log->errors.len ? "; " : "", "malformed finding");
		return;
	}
	d = fk_diag_add(&log->f->diags, log->f->path, strtol(field[3], NULL, 10), 0, sev, field[1],
			*fk_trim(field[6]) ? field[6] : "(no text)");
	fk_diag_set_object(d, *field[4] ? field[4] : NULL, *field[5] ? field[5] : NULL);
}

static void log_line(struct transform_log *log, char *line)
{
	fk_trim(line);
	if (!*line)
		return;
	if (++log->lines > MAX_STYLESHEET_LINES)
		return;
	if (!strncmp(line, "fimkit-finding|", 15)) {
		finding_line(log, line);
	} else if (!strncmp(line, "fimkit-error|", 13)) {
		free(log->fatal_text);
		log->fatal_text = fk_xstrdup(line + 13);
	} else if (!strcmp(line, "xsltApplyStylesheet: saving to (null) may not be possible") ||
		   !strncmp(line, "Terminating", 11) || !strncmp(line, "Execution of stylesheet aborted", 31)) {
		/* libxslt's own words around a terminate="yes" */
	} else {
		if (!strncmp(line, "runtime error", 13) || strstr(line, " refused") ||
		    strstr(line, "denied") || !strncmp(line, "xslt", 4) || strstr(line, "XPath error"))
			log->saw_error = 1;
		if (log->errors.len < 2048)
			fk_buf_addf(&log->errors, "%s%s", log->errors.len ? "; " : "", line);
	}
}

static void transform_error(void *ctx, const char *fmt, ...)
{
	struct transform_log *log = ctx;
	va_list ap;
	char *nl;

	va_start(ap, fmt);
	fk_buf_vaddf(&log->pending, fmt, ap);
	va_end(ap);
	while ((nl = strchr(log->pending.data, '\n')) != NULL) {
		char *line = fk_xstrndup(log->pending.data, (size_t)(nl - log->pending.data));
		size_t rest = log->pending.len - (size_t)(nl + 1 - log->pending.data);

		memmove(log->pending.data, nl + 1, rest + 1);
		log->pending.len = rest;
		log_line(log, line);
		free(line);
	}
}

static int transform(const struct fk_converter *c, const struct compiled *cs, xmlDocPtr doc,
		     const char *input_path, struct fk_file_report *f, struct fk_conversion *cv)
{
	struct fk_sandbox_doc sd = { NULL };
	struct transform_log log;
	xsltTransformContextPtr tctxt;
	xmlDocPtr res;
	xmlChar *out = NULL;
	int len = 0, ok = 0, timed_out;
	struct running run;

	memset(&log, 0, sizeof(log));
	fk_buf_init(&log.pending);
	fk_buf_init(&log.errors);
	log.f = f;
	/* Relative document() URIs resolve against the input's real path, and
	   document() may read below its directory. */
	if (strcmp(input_path, "-") != 0) {
		char real[PATH_MAX];

		if (realpath(input_path, real)) {
			if (doc->URL)
				xmlFree((xmlChar *)doc->URL);
			doc->URL = xmlStrdup((const xmlChar *)real);
			sd.input_dir = fk_sandbox_parent(real);
		}
	}
	tctxt = xsltNewTransformContext(cs->style, doc);
	if (!tctxt) {
		f->error = fk_xstrdup("out of memory");
		free(sd.input_dir);
		return -1;
	}
	tctxt->_private = &sd;
	xsltSetCtxtSecurityPrefs(fk_sandbox_prefs(), tctxt);
	xsltSetTransformErrorFunc(tctxt, &log, transform_error);
	xsltSetCtxtParseOptions(tctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES);
	if (c->params[0] && xsltQuoteUserParams(tctxt, c->params) != 0) {
		f->error = fk_xstrdup("the stylesheet parameters could not be set");
		goto done;
	}
	watch(c->watchdog, &run, tctxt, c->time_limit);
	res = xsltApplyStylesheetUser(cs->style, doc, NULL, NULL, NULL, tctxt);
	timed_out = unwatch(c->watchdog, &run);
	transform_error(&log, "\n"); /* flush a last line without newline */
	if (!res || tctxt->state != XSLT_STATE_OK || log.fatal_text || timed_out) {
		if (timed_out)
			f->error = fk_xasprintf("not converted: the stylesheet ran longer than "
						"the time limit of %u seconds (--time-limit)",
						c->time_limit);
		else if (log.fatal_text)
			f->error = fk_xasprintf("not converted: %s", log.fatal_text);
		else
			f->error = fk_xasprintf("not converted: the stylesheet failed%s%s",
						log.errors.len ? ": " : "",
						log.errors.len ? log.errors.data : "");
		xmlFreeDoc(res);
		goto done;
	}
	if (log.errors.len) {
		/* a stylesheet's own messages, or errors it survived (a refused
		   document()) */
		fk_diag_add(&f->diags, f->path, 0, 0, log.saw_error ? FK_SEV_WARNING : FK_SEV_INFO,
			    FK_RULE_XSLT, log.errors.data);
	}
	/* A migration is named after the object it produced (the new id and
	   version), not the one it came from. */
	if (c->format == FK_CONVERT_XDF3 && xmlDocGetRootElement(res)) {
		struct fk_detection det;
		struct fk_summary sum;

		fk_detection_init(&det);
		fk_summary_init(&sum);
		fk_detect_root(xmlDocGetRootElement(res), &det);
		fk_summary_build(res, &det, &sum);
		cv->name = output_name(input_path, &sum, fk_converter_ext(c));
		fk_summary_release(&sum);
		fk_detection_release(&det);
	}
	if (xsltSaveResultToString(&out, &len, res, cs->style) != 0) {
		f->error = fk_xstrdup("not converted: the result could not be serialised");
		xmlFreeDoc(res);
		goto done;
	}
	xmlFreeDoc(res);
	cv->data = fk_xmalloc((size_t)len + 1);
	if (len && out)
		memcpy(cv->data, out, (size_t)len);
	cv->data[len] = '\0';
	cv->len = (size_t)len;
	xmlFree(out);
	ok = 1;
done:
	xsltFreeTransformContext(tctxt);
	free(sd.input_dir);
	free(log.fatal_text);
	fk_buf_release(&log.pending);
	fk_buf_release(&log.errors);
	return ok ? 0 : -1;
}

static void convert_with(const struct fk_converter *c, const struct style_set *set,
			 const struct fk_input *in, struct fk_file_report *f,
			 struct fk_conversion *cv)
{
	const struct compiled *cs;
	struct fk_doc *doc = NULL;
	enum fk_load_status st;
	const char *ext;

	memset(cv, 0, sizeof(*cv));
	cv->status = FK_CONVERT_FAILED;
	st = fk_load_input(in, &c->load, f, &doc);
	if (st == FK_LOAD_MALFORMED)
		f->error = fk_xstrdup("not converted: not a well-formed XML document");
	if (st != FK_LOAD_OK)
		goto out;
	fk_summary_build(doc->xml, &doc->det, &f->summary);
	f->det = doc->det;
	fk_detection_init(&doc->det);
	f->detected = 1;
	if (!set) {
		f->error = fk_xstrdup("not converted: the stylesheets could not be compiled again "
				      "for this worker");
		goto out;
	}
	/* A document fimkit does not know is a failure, not a skip: whoever
	   asked for it wanted it converted.  (--xslt takes any XML.) */
	if (!f->det.supported && c->format != FK_CONVERT_CUSTOM) {
		char *reason = fk_detection_unsupported_reason(&f->det);

		f->error = fk_xasprintf("not converted: %s",
					reason ? reason : "not a FIM document fimkit supports");
		free(reason);
		goto out;
	}
	cs = stylesheet_for(c, set, &f->det, &cv->why);
	if (!cs) {
		cv->status = FK_NOT_APPLICABLE;
		goto out;
	}
	ext = fk_converter_ext(c);
	if (transform(c, cs, doc->xml, in->path, f, cv) == 0) {
		cv->status = FK_CONVERTED;
		if (!cv->name)
			cv->name = output_name(in->path, &f->summary, ext);
	}
out:
	fk_doc_free(doc);
}

void fk_convert_input(const struct fk_converter *c, const struct fk_input *in,
		      struct fk_file_report *f, struct fk_conversion *cv)
{
	convert_with(c, &c->sets[0], in, f, cv);
}

/* ---- workers, results in input order ---------------------------------------------------- */

/* How far workers may run ahead of the oldest undelivered result: bounds
   the results held in memory. */
#define AHEAD_PER_JOB 4

struct slot {
	struct fk_conversion cv;
	int done;
};

struct work {
	const struct fk_converter *c;
	const struct fk_input_list *inputs;
	struct fk_report *r;
	struct slot *slots;
	size_t next;           /* next input to take */
	size_t delivered;      /* results handed on so far */
	size_t window;
	pthread_mutex_t lock;
	pthread_cond_t changed;
};

struct worker {
	struct work *w;
	unsigned index;            /* which stylesheet copy it uses */
};

static void *convert_worker(void *arg)
{
	struct worker *me = arg;
	struct work *w = me->w;
	const struct style_set *set = NULL;
	int have_set = 0;

	fk_xml_init();
	for (;;) {
		size_t i;

		pthread_mutex_lock(&w->lock);
		while (w->next < w->inputs->count && w->next >= w->delivered + w->window)
			pthread_cond_wait(&w->changed, &w->lock);
		i = w->next++;
		pthread_mutex_unlock(&w->lock);
		if (i >= w->inputs->count)
			break;
		if (!have_set) {
			set = worker_set(w->c, me->index);
			have_set = 1;
		}
		convert_with(w->c, set, &w->inputs->items[i], &w->r->files[i], &w->slots[i].cv);
		pthread_mutex_lock(&w->lock);
		w->slots[i].done = 1;
		pthread_cond_broadcast(&w->changed);
		pthread_mutex_unlock(&w->lock);
	}
	return NULL;
}

void fk_convert_all(const struct fk_converter *c, const struct fk_input_list *inputs,
		    unsigned jobs, struct fk_report *r, fk_convert_deliver_fn deliver, void *arg)
{
	struct work w;
	pthread_t *threads = NULL;
	struct worker *workers = NULL;
	unsigned started = 0;

	if (r->count != 0)
		abort(); /* a programming error: the report must be empty */
	for (size_t i = 0; i < inputs->count; i++)
		fk_report_add_file(r, inputs->items[i].path);
	if (jobs < 1)
		jobs = 1;
	if (jobs > inputs->count)
		jobs = inputs->count ? (unsigned)inputs->count : 1;
	memset(&w, 0, sizeof(w));
	w.c = c;
	w.inputs = inputs;
	w.r = r;
	w.slots = fk_xcalloc(inputs->count ? inputs->count : 1, sizeof(*w.slots));
	w.window = (size_t)jobs * AHEAD_PER_JOB;
	pthread_mutex_init(&w.lock, NULL);
	pthread_cond_init(&w.changed, NULL);

	if (jobs > 1) {
		threads = fk_xcalloc(jobs, sizeof(*threads));
		workers = fk_xcalloc(jobs, sizeof(*workers));
		for (unsigned t = 0; t < jobs; t++) {
			workers[started].w = &w;
			workers[started].index = started;
			if (pthread_create(&threads[started], NULL, convert_worker, &workers[started]) == 0)
				started++;
		}
	}
	for (size_t i = 0; i < inputs->count; i++) {
		if (!started) {
			/* no threads: convert here, one at a time */
			fk_convert_input(c, &inputs->items[i], &r->files[i], &w.slots[i].cv);
		} else {
			pthread_mutex_lock(&w.lock);
			while (!w.slots[i].done)
				pthread_cond_wait(&w.changed, &w.lock);
			pthread_mutex_unlock(&w.lock);
		}
		deliver(arg, i, &r->files[i], &w.slots[i].cv);
		fk_conversion_release(&w.slots[i].cv);
		pthread_mutex_lock(&w.lock);
		w.delivered = i + 1;
		pthread_cond_broadcast(&w.changed);
		pthread_mutex_unlock(&w.lock);
	}
	for (unsigned t = 0; t < started; t++)
		pthread_join(threads[t], NULL);
	free(threads);
	free(workers);
	free(w.slots);
	pthread_mutex_destroy(&w.lock);
	pthread_cond_destroy(&w.changed);
	fk_xml_init();
}
