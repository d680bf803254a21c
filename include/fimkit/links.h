/*
 * links.h - what one document contributes to a package: the FIM objects it
 * defines and the references it makes to objects in other documents.
 *
 * The facts are extracted once per document in the per-document pipeline,
 * while the tree exists (src/core/process.c); the package step runs later
 * over these facts alone, after every tree is freed (package.h).
 *
 * Objects: a Leistung (XZuFi), a Prozessklasse or Prozess (XProzess), a
 * Datenschema or Dokumentsteckbrief (XDatenfelder), a code list (genericode,
 * identified by its canonical URI).  References: Leistung to Prozess
 * (idProzess, prozessID) and to forms (referenzFormularID, formularReferenz);
 * Prozess to Dokumentsteckbrief and Datenschema (ausloeser/ergebnis
 * formularID, formularverweis) and to fields and groups of that Datenschema
 * (elementId); Datenschema to Dokumentsteckbrief (XDatenfelder 3.0.0) and to
 * code lists (codelisteReferenz).  Ids are kept as written; matching
 * (fk_link_same_id, fk_link_same_version) knows that XDatenfelder 2.0 ids and
 * versions are the 3.0.0 ones without the Unternummernkreis 000 and the
 * third version part.
 *
 * Ownership: a struct fk_links owns everything it points to; fk_links_free
 * releases it (NULL is a no-op).  Kind names are static.
 */
#ifndef FIMKIT_LINKS_H
#define FIMKIT_LINKS_H

#include <stddef.h>
#include <stdint.h>
#include <libxml/tree.h>

#include "fimkit/detect.h"

enum fk_link_kind {
	FK_LINK_NONE = 0,
	FK_LINK_LEISTUNG,       /* XZuFi Leistung */
	FK_LINK_PROZESSKLASSE,  /* XProzess Prozessklasse (catalogue) */
	FK_LINK_PROZESS,        /* XProzess Prozess (library) */
	FK_LINK_SCHEMA,         /* XDatenfelder Datenschema (Stammdatenschema) */
	FK_LINK_DSB,            /* XDatenfelder Dokumentsteckbrief */
	FK_LINK_CODELIST,       /* genericode code list: id = canonical URI */
	FK_LINK_XDF_OTHER,      /* XDatenfelder group or field message */
	FK_LINK_ELEMENT,        /* a field or group inside a Datenschema (references only) */
};
#define FK_LINK_KIND_COUNT 9

/* "leistung", "prozessklasse", "prozess", "datenschema", "dokumentsteckbrief",
   "codeliste", "xdatenfelder", "element" (JSON) */
const char *fk_link_kind_name(enum fk_link_kind kind);
/* "Leistung", "Prozessklasse", "Prozess", "Datenschema", "Dokumentsteckbrief",
   "code list", "XDatenfelder object", "element" (messages) */
const char *fk_link_kind_label(enum fk_link_kind kind);

/* Where a status stands for release (Freigabestatus 1-8, XDatenfelder 2.0 status). */
enum fk_release {
	FK_RELEASE_NONE = 0,   /* no status */
	FK_RELEASE_DRAFT,      /* 1 in Planung, 2 in Bearbeitung, 3 Entwurf; XDF 2.0 inVorbereitung */
	FK_RELEASE_METHOD,     /* 4 methodisch freigegeben */
	FK_RELEASE_RELEASED,   /* 5 fachlich freigegeben (silber), 6 (gold) */
	FK_RELEASE_INACTIVE,   /* 7 inaktiv, 8 vorgesehen zum Löschen; XDF 2.0 inaktiv */
	FK_RELEASE_ACTIVE,     /* XDF 2.0 aktiv: in use, no Freigabestatus */
};
enum fk_release fk_release_of(const char *status);
/* "in Planung", ... "vorgesehen zum Löschen" for codes 1-8; NULL otherwise. */
const char *fk_status_name(const char *status);

struct fk_link_obj {
	enum fk_link_kind kind;
	char *id;              /* NULL when the document gives none */
	char *version;         /* NULL when none */
	char *name;            /* NULL when none */
	char *status;          /* Freigabestatus code or XDF 2.0 status; NULL when none */
	char **keys;           /* Leistungsschlüssel: Leistung referenzLeiKa /
				  referenzLeistungsschluessel; Prozess(klasse) id */
	size_t nkeys;
	long line;             /* the object's element */
	char *xpath;
	long key_line;         /* the first key element (Leistung), else line */
	uint64_t hash;         /* content of the object's element, blanks ignored */
	char **missing;        /* required content that is missing, e.g. "text module 07
				  (Handlungsgrundlagen)", "ergebnis" */
	size_t nmissing;
	char **elements;       /* Datenschema: ids of its groups and fields, sorted */
	size_t nelements;
};

struct fk_link_ref {
	size_t from;           /* index of the referring object */
	enum fk_link_kind kind;/* what it names */
	char *id;
	char *version;         /* NULL: any version */
	char *in_id;           /* FK_LINK_ELEMENT: the Datenschema it belongs to */
	char *in_version;
	const char *via;       /* the referring element, e.g. "idProzess" (static) */
	long line;
	char *xpath;
};

struct fk_links {
	struct fk_link_obj *objs;
	size_t nobjs;
	struct fk_link_ref *refs;
	size_t nrefs;
};

/*
 * Extracts the link facts of a parsed, supported document; NULL when it
 * defines no object fimkit links (for example a not supported standard).
 */
struct fk_links *fk_links_extract(const xmlDoc *doc, const struct fk_detection *det);
void fk_links_free(struct fk_links *l);

/* XDatenfelder ids: the 3.0.0 form (letter + 11 digits) of a 2.0 id (letter
   + 8 digits), else a copy.  Caller frees. */
char *fk_link_norm_id(const char *id);
/* Do two ids name the same object of this kind?  Datenschema,
   Dokumentsteckbrief and element ids compare in their 3.0.0 form. */
int fk_link_same_id(enum fk_link_kind kind, const char *a, const char *b);
/* Do two versions agree?  XDatenfelder kinds compare "1.1" equal to "1.1.0". */
int fk_link_same_version(enum fk_link_kind kind, const char *a, const char *b);
/* Is the Dokumentsteckbrief id d the counterpart of Datenschema id s
   (same number, D instead of S)? */
int fk_link_ds_pair(const char *d, const char *s);

#endif
