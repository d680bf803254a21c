<?xml version="1.0" encoding="UTF-8"?>
<!--
  xdf-html.xsl - an XDatenfelder 2.0 or 3.0.0 document as one self-contained
  HTML5 page: a header with the object's metadata, the data dictionary
  (nested sections, one per group or field occurrence) and a form preview.
  Messages 0101 (Dokumentsteckbrief: header only), 0102, 0103 and 0104;
  others stop with a message.  Inline CSS, no script, nothing loaded.

  Parameters (strings, set with fimkit convert's param option NAME=VALUE):
    radio-max      select fields with at most this many values become radio
                   buttons in the form preview, larger ones a <select>;
                   0 = always <select>.  Default 3.
    max-relations  relations listed per object; the rest are counted only
                   (real exports carry thousands).  0 = none.  Default 20.
    form           yes | no: include the form preview.  Default yes.

  Anchors: every dictionary entry has id="e-PATH-ID", PATH being the
  positions of the struktur entries from the root down, joined by "."
  (e-2.3-F60000000001 is the third entry of the root's second entry).  The
  matching form control has id="f-PATH-ID".  Rules of the root object have
  id="r-N-ID".

  Form preview: `required` is set when the field's minimum multiplicity is
  at least 1 and so is that of every enclosing group, and the field is not a
  direct member of an Auswahlgruppe (art X) - a browser cannot express
  "required once the optional group is used" or "one of".  Checkboxes never
  get `required` (unchecked is the value false).  The form has
  method="dialog" outside any dialog, so "Eingaben prüfen" runs the
  browser's checks and submits nothing.

  Findings (common/finding.xsl):
    X401 info     XDF2 praezisierung that is not a JSON object: shown as text,
                  not applied to the form preview
    X402 info     select field whose values are not in the document (code
                  list reference only, or none): no options in the preview
    X403 info     relations beyond max-relations not listed
    X404 warning  unknown datentyp or feldart: the preview uses a text input
    X405 warning  bezug link that is not an http(s) URL (or has spaces): shown
                  as text, not linked
  Per field the findings are reported at its first occurrence only.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:fk="urn:fimkit:xslt"
    exclude-result-prefixes="exsl fk">

  <xsl:include href="common/finding.xsl"/>
  <xsl:include href="common/codelist.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="yes"/>
  <xsl:strip-space elements="*"/>

  <xsl:param name="radio-max" select="'3'"/>
  <xsl:param name="max-relations" select="'20'"/>
  <xsl:param name="form" select="'yes'"/>

  <xsl:variable name="ns2" select="'urn:xoev-de:fim:standard:xdatenfelder_2'"/>
  <xsl:variable name="ns3" select="'urn:xoev-de:fim:standard:xdatenfelder_3.0.0'"/>
  <xsl:variable name="v3" select="namespace-uri(/*) = $ns3"/>
  <!-- stammdatenschema, datenfeldgruppe, datenfeld, dokumentsteckbrief, ... -->
  <xsl:variable name="kind" select="substring-before(substring-after(local-name(/*), 'xdatenfelder.'), '.')"/>
  <xsl:variable name="obj" select="/*/*[local-name() != 'header'][1]"/>
  <xsl:variable name="lower" select="'abcdefghijklmnopqrstuvwxyz'"/>
  <xsl:variable name="upper" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>

  <xsl:variable name="kind-label">
    <xsl:choose>
      <xsl:when test="$kind = 'stammdatenschema'">Datenschema</xsl:when>
      <xsl:when test="$kind = 'datenfeldgruppe'">Datenfeldgruppe</xsl:when>
      <xsl:when test="$kind = 'datenfeld'">Datenfeld</xsl:when>
      <xsl:when test="$kind = 'dokumentsteckbrief'">Dokumentsteckbrief</xsl:when>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="std-label">
    <xsl:choose>
      <xsl:when test="$v3">XDatenfelder 3.0.0</xsl:when>
      <xsl:otherwise>XDatenfelder 2.0</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- First occurrence of an object: rule references link to it, findings are reported there. -->
  <xsl:key name="fk-el" match="*[local-name() = 'datenfeld' or local-name() = 'datenfeldgruppe']"
      use="normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'id'])"/>
  <xsl:key name="fk-rule" match="*[local-name() = 'regel']"
      use="normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'id'])"/>

  <!-- ================================================================ page -->

  <xsl:template match="/">
    <xsl:call-template name="check-input"/>
    <xsl:variable name="id" select="normalize-space($obj/*[local-name() = 'identifikation']/*[local-name() = 'id'])"/>
    <xsl:variable name="version" select="normalize-space($obj/*[local-name() = 'identifikation']/*[local-name() = 'version'])"/>
    <xsl:variable name="has-structure" select="$kind != 'dokumentsteckbrief'"/>
    <xsl:variable name="rules" select="$obj[$kind != 'datenfeld']/*[local-name() = 'regel']"/>
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="de">
      <head>
        <meta name="generator" content="fimkit"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:value-of select="normalize-space($obj/*[local-name() = 'name'])"/>
          <xsl:text> – </xsl:text>
          <xsl:value-of select="concat($kind-label, ' ', $id)"/>
          <xsl:if test="$version != ''">
            <xsl:value-of select="concat(' V', $version)"/>
          </xsl:if>
        </title>
        <style>
          <xsl:call-template name="css"/>
        </style>
      </head>
      <body>
        <a class="skip" href="#inhalt">Zum Inhalt springen</a>
        <div class="page">
          <xsl:call-template name="page-header">
            <xsl:with-param name="id" select="$id"/>
            <xsl:with-param name="version" select="$version"/>
          </xsl:call-template>
          <xsl:if test="$has-structure">
            <xsl:call-template name="toc">
              <xsl:with-param name="rules" select="$rules"/>
            </xsl:call-template>
          </xsl:if>
          <main id="inhalt">
            <xsl:if test="not($has-structure)">
              <p class="note">Ein Dokumentsteckbrief beschreibt ein Dokument als Ganzes; seine Datenfelder und die Formularvorschau stehen in den Datenschemata, die auf ihn verweisen.</p>
            </xsl:if>
            <xsl:if test="$rules">
              <section id="regeln" aria-labelledby="regeln-h">
                <h2 id="regeln-h">Regeln</h2>
                <xsl:for-each select="$rules">
                  <xsl:call-template name="rule">
                    <xsl:with-param name="anchor"
                        select="concat('r-', position(), '-', translate(normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'id']), ' ', '_'))"/>
                    <xsl:with-param name="heading" select="3"/>
                  </xsl:call-template>
                </xsl:for-each>
              </section>
            </xsl:if>
            <xsl:if test="$has-structure">
              <section id="datenfelder" aria-labelledby="datenfelder-h">
                <h2 id="datenfelder-h">Datenfelder</h2>
                <xsl:call-template name="dict-root"/>
              </section>
              <xsl:if test="$form = 'yes'">
                <section id="formular" aria-labelledby="formular-h">
                  <h2 id="formular-h">Formularvorschau</h2>
                  <xsl:call-template name="form-root"/>
                </section>
              </xsl:if>
            </xsl:if>
          </main>
          <footer class="foot">
            <p>
              <xsl:text>Erzeugt von fimkit convert aus einer Nachricht </xsl:text>
              <code><xsl:value-of select="local-name(/*)"/></code>
              <xsl:value-of select="concat(' (', $std-label, ')')"/>
              <xsl:variable name="made" select="normalize-space(/*/*[local-name() = 'header']/*[local-name() = 'erstellungszeitpunkt'])"/>
              <xsl:if test="$made != ''">
                <xsl:text>, erstellt </xsl:text>
                <xsl:call-template name="date">
                  <xsl:with-param name="value" select="$made"/>
                </xsl:call-template>
              </xsl:if>
              <xsl:variable name="product" select="normalize-space(/*/*[local-name() = 'header']/*[local-name() = 'produktbezeichnung'])"/>
              <xsl:if test="$product != ''">
                <xsl:value-of select="concat(' mit ', $product)"/>
                <xsl:variable name="pv" select="normalize-space(/*/*[local-name() = 'header']/*[local-name() = 'produktversion'])"/>
                <xsl:if test="$pv != ''">
                  <xsl:value-of select="concat(' ', $pv)"/>
                </xsl:if>
              </xsl:if>
              <xsl:text>.</xsl:text>
            </p>
          </footer>
        </div>
      </body>
    </html>
  </xsl:template>

  <!-- Stops on what this stylesheet cannot turn into a page, and on bad parameters. -->
  <xsl:template name="check-input">
    <xsl:if test="namespace-uri(/*) != $ns2 and namespace-uri(/*) != $ns3">
      <xsl:call-template name="fk-fatal">
        <xsl:with-param name="text" select="concat('not an XDatenfelder 2.0 or 3.0.0 document (root element ', local-name(/*), ' in namespace &quot;', namespace-uri(/*), '&quot;)')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$kind != 'stammdatenschema' and $kind != 'datenfeldgruppe' and $kind != 'datenfeld' and $kind != 'dokumentsteckbrief'">
      <xsl:call-template name="fk-fatal">
        <xsl:with-param name="text" select="concat('message ', local-name(/*), ' has no HTML conversion (supported: 0101, 0102, 0103, 0104)')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="not($obj)">
      <xsl:call-template name="fk-fatal">
        <xsl:with-param name="text" select="concat('message ', local-name(/*), ' has no payload after its header')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="translate($radio-max, '0123456789', '') != '' or $radio-max = '' or string-length($radio-max) &gt; 4">
      <xsl:call-template name="fk-fatal">
        <xsl:with-param name="text" select="concat('parameter radio-max: &quot;', $radio-max, '&quot; is not a number from 0 to 9999')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="translate($max-relations, '0123456789', '') != '' or $max-relations = '' or string-length($max-relations) &gt; 6">
      <xsl:call-template name="fk-fatal">
        <xsl:with-param name="text" select="concat('parameter max-relations: &quot;', $max-relations, '&quot; is not a number from 0 to 999999')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$form != 'yes' and $form != 'no'">
      <xsl:call-template name="fk-fatal">
        <xsl:with-param name="text" select="concat('parameter form: &quot;', $form, '&quot; is neither yes nor no')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================== header -->

  <xsl:template name="page-header">
    <xsl:param name="id"/>
    <xsl:param name="version"/>
    <xsl:variable name="o" select="$obj"/>
    <header class="top">
      <p class="kicker">
        <xsl:value-of select="$kind-label"/>
        <xsl:text> · </xsl:text>
        <span class="id"><xsl:value-of select="$id"/></span>
        <xsl:if test="$version != ''">
          <xsl:text> · Version </xsl:text>
          <span class="id"><xsl:value-of select="$version"/></span>
        </xsl:if>
        <xsl:value-of select="concat(' · ', $std-label)"/>
      </p>
      <h1><xsl:value-of select="normalize-space($o/*[local-name() = 'name'])"/></h1>
      <xsl:call-template name="status-badge">
        <xsl:with-param name="el" select="$o"/>
      </xsl:call-template>
      <dl class="props meta">
        <dt>ID</dt>
        <dd><span class="id"><xsl:value-of select="$id"/></span></dd>
        <xsl:if test="$version != ''">
          <dt>Version</dt>
          <dd><span class="id"><xsl:value-of select="$version"/></span></dd>
        </xsl:if>
        <dt>Name</dt>
        <dd><xsl:value-of select="normalize-space($o/*[local-name() = 'name'])"/></dd>
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'Bezeichnung'"/>
          <xsl:with-param name="text" select="$o/*[local-name() = 'bezeichnung']"/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'Bezeichnung Eingabe'"/>
          <xsl:with-param name="text" select="$o/*[local-name() = 'bezeichnungEingabe']"/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'Bezeichnung Ausgabe'"/>
          <xsl:with-param name="text" select="$o/*[local-name() = 'bezeichnungAusgabe']"/>
        </xsl:call-template>
        <xsl:call-template name="status-row">
          <xsl:with-param name="el" select="$o"/>
        </xsl:call-template>
        <xsl:call-template name="date-rows">
          <xsl:with-param name="el" select="$o"/>
        </xsl:call-template>
        <xsl:call-template name="bezug-row">
          <xsl:with-param name="label" select="'Rechtsgrundlagen'"/>
          <xsl:with-param name="bezug" select="$o/*[local-name() = 'bezug']"/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'Beschreibung'"/>
          <xsl:with-param name="text" select="$o/*[local-name() = 'beschreibung']"/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'Definition'"/>
          <xsl:with-param name="text" select="$o/*[local-name() = 'definition']"/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'Hilfetext'"/>
          <xsl:with-param name="text" select="$o/*[local-name() = 'hilfetext']"/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'Versionshinweis'"/>
          <xsl:with-param name="text" select="$o/*[local-name() = 'versionshinweis']"/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'Fachlicher Ersteller'"/>
          <xsl:with-param name="text" select="$o/*[local-name() = 'fachlicherErsteller']"/>
        </xsl:call-template>
        <xsl:call-template name="stichwort-row">
          <xsl:with-param name="el" select="$o"/>
        </xsl:call-template>
        <!-- Dokumentsteckbrief -->
        <xsl:if test="$o/*[local-name() = 'dokumentart']">
          <dt>Dokumentart</dt>
          <dd><xsl:call-template name="code-text"><xsl:with-param name="n" select="$o/*[local-name() = 'dokumentart']"/></xsl:call-template></dd>
        </xsl:if>
        <xsl:if test="$o/*[local-name() = 'istAbstrakt' or local-name() = 'isReferenz']">
          <dt>
            <xsl:choose>
              <xsl:when test="$o/*[local-name() = 'istAbstrakt']">Abstrakt</xsl:when>
              <xsl:otherwise>Referenz</xsl:otherwise>
            </xsl:choose>
          </dt>
          <dd>
            <xsl:call-template name="yes-no">
              <xsl:with-param name="value" select="$o/*[local-name() = 'istAbstrakt' or local-name() = 'isReferenz']"/>
            </xsl:call-template>
          </dd>
        </xsl:if>
        <!-- Datenschema -->
        <xsl:for-each select="$o/*[local-name() = 'dokumentsteckbrief']">
          <dt>Dokumentsteckbrief</dt>
          <dd>
            <span class="id"><xsl:value-of select="normalize-space(*[local-name() = 'id'])"/></span>
            <xsl:if test="normalize-space(*[local-name() = 'version']) != ''">
              <xsl:text> Version </xsl:text>
              <span class="id"><xsl:value-of select="normalize-space(*[local-name() = 'version'])"/></span>
            </xsl:if>
          </dd>
        </xsl:for-each>
        <xsl:for-each select="$o/*[local-name() = 'ableitungsmodifikationenStruktur']">
          <dt>Ableitung: Struktur</dt>
          <dd><xsl:call-template name="coded"><xsl:with-param name="list" select="'abl-struktur'"/><xsl:with-param name="n" select="."/></xsl:call-template></dd>
        </xsl:for-each>
        <xsl:for-each select="$o/*[local-name() = 'ableitungsmodifikationenRepraesentation']">
          <dt>Ableitung: Repräsentation</dt>
          <dd><xsl:call-template name="coded"><xsl:with-param name="list" select="'abl-repr'"/><xsl:with-param name="n" select="."/></xsl:call-template></dd>
        </xsl:for-each>
        <!-- a group as the message's object (a field's details are its dictionary entry) -->
        <xsl:if test="$kind = 'datenfeldgruppe'">
          <xsl:call-template name="element-rows">
            <xsl:with-param name="el" select="$o"/>
            <xsl:with-param name="labels" select="false()"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="relation-row">
          <xsl:with-param name="el" select="$o"/>
        </xsl:call-template>
        <xsl:if test="$kind = 'stammdatenschema' or $kind = 'datenfeldgruppe'">
          <dt>Umfang</dt>
          <dd>
            <xsl:variable name="groups" select="count($o//*[local-name() = 'datenfeldgruppe'])"/>
            <xsl:variable name="fields" select="count($o//*[local-name() = 'datenfeld'])"/>
            <xsl:variable name="rules" select="count($o//*[local-name() = 'regel'])"/>
            <xsl:value-of select="concat($groups, ' Gruppen, ', $fields, ' Felder, ', $rules, ' Regeln')"/>
            <xsl:text> (Vorkommen in der Struktur)</xsl:text>
          </dd>
        </xsl:if>
      </dl>
    </header>
  </xsl:template>

  <xsl:template name="status-badge">
    <xsl:param name="el"/>
    <xsl:variable name="s" select="$el/*[local-name() = 'freigabestatus' or local-name() = 'status']"/>
    <xsl:if test="$s">
      <xsl:variable name="code" select="normalize-space($s/*[local-name() = 'code'])"/>
      <p class="status">
        <span class="badge st-{translate($code, ' ', '')}">
          <xsl:text>Status: </xsl:text>
          <xsl:call-template name="coded">
            <xsl:with-param name="list" select="local-name($s)"/>
            <xsl:with-param name="n" select="$s"/>
          </xsl:call-template>
        </span>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- ========================================================= table of contents -->

  <xsl:template name="toc">
    <xsl:param name="rules"/>
    <nav class="toc" aria-labelledby="toc-h">
      <h2 id="toc-h">Inhalt</h2>
      <ol>
        <xsl:if test="$rules">
          <li><a href="#regeln">Regeln</a></li>
        </xsl:if>
        <li>
          <a href="#datenfelder">Datenfelder</a>
          <xsl:if test="$kind != 'datenfeld' and $obj//*[local-name() = 'datenfeldgruppe']">
            <ol>
              <xsl:for-each select="$obj/*[local-name() = 'struktur']">
                <xsl:apply-templates select="." mode="toc">
                  <xsl:with-param name="path" select="string(position())"/>
                </xsl:apply-templates>
              </xsl:for-each>
            </ol>
          </xsl:if>
        </li>
        <xsl:if test="$form = 'yes'">
          <li><a href="#formular">Formularvorschau</a></li>
        </xsl:if>
      </ol>
    </nav>
  </xsl:template>

  <xsl:template match="*" mode="toc">
    <xsl:param name="path"/>
    <xsl:variable name="g" select="*[local-name() = 'enthaelt']/*[local-name() = 'datenfeldgruppe']"/>
    <xsl:if test="$g">
      <li>
        <a href="#{concat('e-', $path, '-', translate(normalize-space($g/*[local-name() = 'identifikation']/*[local-name() = 'id']), ' ', '_'))}">
          <xsl:value-of select="normalize-space($g/*[local-name() = 'name'])"/>
        </a>
        <xsl:if test="$g//*[local-name() = 'datenfeldgruppe']">
          <ol>
            <xsl:for-each select="$g/*[local-name() = 'struktur']">
              <xsl:apply-templates select="." mode="toc">
                <xsl:with-param name="path" select="concat($path, '.', position())"/>
              </xsl:apply-templates>
            </xsl:for-each>
          </ol>
        </xsl:if>
      </li>
    </xsl:if>
  </xsl:template>

  <!-- ========================================================== dictionary -->

  <xsl:template name="dict-root">
    <xsl:choose>
      <xsl:when test="$kind = 'datenfeld'">
        <xsl:call-template name="dict-el">
          <xsl:with-param name="el" select="$obj"/>
          <xsl:with-param name="path" select="'1'"/>
          <xsl:with-param name="depth" select="0"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$obj/*[local-name() = 'struktur']">
        <xsl:for-each select="$obj/*[local-name() = 'struktur']">
          <xsl:call-template name="dict-el">
            <xsl:with-param name="el" select="*[local-name() = 'enthaelt']/*[1]"/>
            <xsl:with-param name="struktur" select="."/>
            <xsl:with-param name="path" select="string(position())"/>
            <xsl:with-param name="depth" select="0"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty">Keine Strukturelemente.</p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One dictionary entry: el is a datenfeld or datenfeldgruppe, struktur its place (none for 0104). -->
  <xsl:template name="dict-el">
    <xsl:param name="el"/>
    <xsl:param name="struktur" select="/.."/>
    <xsl:param name="path"/>
    <xsl:param name="depth"/>
    <xsl:variable name="id" select="normalize-space($el/*[local-name() = 'identifikation']/*[local-name() = 'id'])"/>
    <xsl:variable name="version" select="normalize-space($el/*[local-name() = 'identifikation']/*[local-name() = 'version'])"/>
    <xsl:variable name="group" select="local-name($el) = 'datenfeldgruppe'"/>
    <xsl:variable name="level">
      <xsl:choose>
        <xsl:when test="$depth &gt; 2">6</xsl:when>
        <xsl:otherwise><xsl:value-of select="3 + $depth"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="not($el)">
        <p class="empty">
          <xsl:value-of select="concat('Strukturelement ', $path, ' ohne Inhalt (enthaelt ist leer).')"/>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <section id="{concat('e-', $path, '-', translate($id, ' ', '_'))}" data-id="{$id}">
          <xsl:if test="$struktur">
            <xsl:attribute name="data-anzahl"><xsl:value-of select="normalize-space($struktur/*[local-name() = 'anzahl'])"/></xsl:attribute>
          </xsl:if>
          <xsl:attribute name="class">
            <xsl:choose>
              <xsl:when test="$group">el el-group</xsl:when>
              <xsl:otherwise>el el-field</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:element name="h{$level}">
            <xsl:attribute name="class">el-h</xsl:attribute>
            <span class="kind">
              <xsl:choose>
                <xsl:when test="$group">Gruppe</xsl:when>
                <xsl:otherwise>Feld</xsl:otherwise>
              </xsl:choose>
            </span>
            <xsl:text> </xsl:text>
            <xsl:value-of select="normalize-space($el/*[local-name() = 'name'])"/>
            <xsl:text> </xsl:text>
            <span class="id">
              <xsl:value-of select="$id"/>
              <xsl:if test="$version != ''">
                <xsl:value-of select="concat(' V', $version)"/>
              </xsl:if>
            </span>
          </xsl:element>
          <p class="chips">
            <xsl:if test="$struktur">
              <span class="chip mult">
                <span class="k">Anzahl</span>
                <xsl:text> </xsl:text>
                <xsl:call-template name="multiplicity">
                  <xsl:with-param name="anzahl" select="normalize-space($struktur/*[local-name() = 'anzahl'])"/>
                </xsl:call-template>
              </span>
            </xsl:if>
            <xsl:for-each select="$el/*[local-name() = 'schemaelementart']">
              <span class="chip">
                <span class="k">Schemaelementart</span>
                <xsl:text> </xsl:text>
                <xsl:call-template name="coded"><xsl:with-param name="list" select="'sea'"/><xsl:with-param name="n" select="."/></xsl:call-template>
              </span>
            </xsl:for-each>
            <xsl:for-each select="$el/*[local-name() = 'art']">
              <span class="chip art">
                <span class="k">Gruppenart</span>
                <xsl:text> </xsl:text>
                <xsl:call-template name="coded"><xsl:with-param name="list" select="'gruppenart'"/><xsl:with-param name="n" select="."/></xsl:call-template>
              </span>
            </xsl:for-each>
            <xsl:for-each select="$el/*[local-name() = 'feldart']">
              <span class="chip">
                <span class="k">Feldart</span>
                <xsl:text> </xsl:text>
                <xsl:call-template name="coded"><xsl:with-param name="list" select="'feldart'"/><xsl:with-param name="n" select="."/></xsl:call-template>
              </span>
            </xsl:for-each>
            <xsl:for-each select="$el/*[local-name() = 'datentyp']">
              <span class="chip">
                <span class="k">Datentyp</span>
                <xsl:text> </xsl:text>
                <xsl:call-template name="coded"><xsl:with-param name="list" select="'datentyp'"/><xsl:with-param name="n" select="."/></xsl:call-template>
              </span>
            </xsl:for-each>
          </p>
          <dl class="props">
            <xsl:call-template name="element-rows">
              <xsl:with-param name="el" select="$el"/>
              <xsl:with-param name="codes" select="false()"/>
            </xsl:call-template>
            <xsl:call-template name="row">
              <xsl:with-param name="label" select="'Beschreibung'"/>
              <xsl:with-param name="text" select="$el/*[local-name() = 'beschreibung']"/>
            </xsl:call-template>
            <xsl:call-template name="row">
              <xsl:with-param name="label" select="'Definition'"/>
              <xsl:with-param name="text" select="$el/*[local-name() = 'definition']"/>
            </xsl:call-template>
            <!-- the place's bezug only where it says more than the element's own -->
            <xsl:variable name="sb" select="$struktur/*[local-name() = 'bezug'][normalize-space(.) != '']"/>
            <xsl:variable name="eb" select="$el/*[local-name() = 'bezug'][normalize-space(.) != '' or normalize-space(@link) != '']"/>
            <xsl:if test="count($sb) != count($eb) or $sb[not(. = $eb)]">
              <xsl:call-template name="bezug-row">
                <xsl:with-param name="label" select="'Bezug (Verwendung)'"/>
                <xsl:with-param name="bezug" select="$sb"/>
              </xsl:call-template>
            </xsl:if>
            <xsl:call-template name="bezug-row">
              <xsl:with-param name="label" select="'Bezug'"/>
              <xsl:with-param name="bezug" select="$eb"/>
            </xsl:call-template>
            <xsl:call-template name="admin-row">
              <xsl:with-param name="el" select="$el"/>
            </xsl:call-template>
            <xsl:call-template name="row">
              <xsl:with-param name="label" select="'Versionshinweis'"/>
              <xsl:with-param name="text" select="$el/*[local-name() = 'versionshinweis']"/>
            </xsl:call-template>
            <xsl:call-template name="row">
              <xsl:with-param name="label" select="'Fachlicher Ersteller'"/>
              <xsl:with-param name="text" select="$el/*[local-name() = 'fachlicherErsteller']"/>
            </xsl:call-template>
            <xsl:call-template name="stichwort-row">
              <xsl:with-param name="el" select="$el"/>
            </xsl:call-template>
            <xsl:call-template name="relation-row">
              <xsl:with-param name="el" select="$el"/>
            </xsl:call-template>
          </dl>
          <xsl:if test="$el/*[local-name() = 'regel']">
            <div class="rules">
              <p class="sub">Regeln</p>
              <xsl:for-each select="$el/*[local-name() = 'regel']">
                <xsl:call-template name="rule"/>
              </xsl:for-each>
            </div>
          </xsl:if>
          <xsl:if test="$group and $el/*[local-name() = 'struktur']">
            <div class="children">
              <xsl:for-each select="$el/*[local-name() = 'struktur']">
                <xsl:call-template name="dict-el">
                  <xsl:with-param name="el" select="*[local-name() = 'enthaelt']/*[1]"/>
                  <xsl:with-param name="struktur" select="."/>
                  <xsl:with-param name="path" select="concat($path, '.', position())"/>
                  <xsl:with-param name="depth" select="$depth + 1"/>
                </xsl:call-template>
              </xsl:for-each>
            </div>
          </xsl:if>
        </section>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The rows every group or field has: labels, help, field definition. -->
  <xsl:template name="element-rows">
    <xsl:param name="el"/>
    <xsl:param name="labels" select="true()"/>
    <xsl:param name="codes" select="true()"/>
    <xsl:if test="$labels">
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Bezeichnung Eingabe'"/>
        <xsl:with-param name="text" select="$el/*[local-name() = 'bezeichnungEingabe']"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Bezeichnung Ausgabe'"/>
        <xsl:with-param name="text" select="$el/*[local-name() = 'bezeichnungAusgabe']"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:for-each select="$el[$codes]/*[local-name() = 'schemaelementart']">
      <dt>Schemaelementart</dt>
      <dd><xsl:call-template name="coded"><xsl:with-param name="list" select="'sea'"/><xsl:with-param name="n" select="."/></xsl:call-template></dd>
    </xsl:for-each>
    <xsl:for-each select="$el[$codes]/*[local-name() = 'art']">
      <dt>Gruppenart</dt>
      <dd><xsl:call-template name="coded"><xsl:with-param name="list" select="'gruppenart'"/><xsl:with-param name="n" select="."/></xsl:call-template></dd>
    </xsl:for-each>
    <xsl:for-each select="$el[$codes]/*[local-name() = 'feldart']">
      <dt>Feldart</dt>
      <dd><xsl:call-template name="coded"><xsl:with-param name="list" select="'feldart'"/><xsl:with-param name="n" select="."/></xsl:call-template></dd>
    </xsl:for-each>
    <xsl:for-each select="$el[$codes]/*[local-name() = 'datentyp']">
      <dt>Datentyp</dt>
      <dd><xsl:call-template name="coded"><xsl:with-param name="list" select="'datentyp'"/><xsl:with-param name="n" select="."/></xsl:call-template></dd>
    </xsl:for-each>
    <xsl:for-each select="$el/*[local-name() = 'praezisierung']">
      <xsl:call-template name="constraints-row"/>
    </xsl:for-each>
    <xsl:if test="$el/*[local-name() = 'maxSize']">
      <dt>Maximale Dateigröße</dt>
      <dd><xsl:call-template name="bytes"><xsl:with-param name="n" select="normalize-space($el/*[local-name() = 'maxSize'])"/></xsl:call-template></dd>
    </xsl:if>
    <xsl:if test="$el/*[local-name() = 'mediaType']">
      <dt>Dateitypen</dt>
      <dd>
        <xsl:for-each select="$el/*[local-name() = 'mediaType']">
          <xsl:if test="position() &gt; 1">, </xsl:if>
          <code><xsl:value-of select="normalize-space(.)"/></code>
        </xsl:for-each>
      </dd>
    </xsl:if>
    <xsl:if test="local-name($el) = 'datenfeld' and normalize-space($el/*[local-name() = 'inhalt']) != ''">
      <dt>
        <xsl:choose>
          <xsl:when test="normalize-space($el/*[local-name() = 'feldart']/*[local-name() = 'code']) = 'label'">Inhalt (Text)</xsl:when>
          <xsl:otherwise>Inhalt (Vorgabewert)</xsl:otherwise>
        </xsl:choose>
      </dt>
      <dd><span class="txt"><xsl:value-of select="$el/*[local-name() = 'inhalt']"/></span></dd>
    </xsl:if>
    <xsl:for-each select="$el/*[local-name() = 'vorbefuellung']">
      <dt>Vorbefüllung</dt>
      <dd><xsl:call-template name="coded"><xsl:with-param name="list" select="'vorbefuellung'"/><xsl:with-param name="n" select="."/></xsl:call-template></dd>
    </xsl:for-each>
    <xsl:for-each select="$el/*[local-name() = 'werte']">
      <dt>Werteliste</dt>
      <dd>
        <table class="values">
          <thead><tr><th scope="col">Code</th><th scope="col">Name</th><th scope="col">Hilfe</th></tr></thead>
          <tbody>
            <xsl:for-each select="*[local-name() = 'wert']">
              <tr>
                <td><code><xsl:value-of select="normalize-space(*[local-name() = 'code'])"/></code></td>
                <td><xsl:value-of select="normalize-space(*[local-name() = 'name'])"/></td>
                <td><xsl:value-of select="normalize-space(*[local-name() = 'hilfe'])"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </dd>
    </xsl:for-each>
    <xsl:for-each select="$el/*[local-name() = 'codelisteReferenz']">
      <dt>Codeliste</dt>
      <dd>
        <xsl:call-template name="codelist-ref"/>
      </dd>
    </xsl:for-each>
    <xsl:if test="$el/*[local-name() = 'codeKey' or local-name() = 'nameKey' or local-name() = 'helpKey']">
      <dt>Spalten der Codeliste</dt>
      <dd>
        <xsl:for-each select="$el/*[local-name() = 'codeKey' or local-name() = 'nameKey' or local-name() = 'helpKey']">
          <xsl:if test="position() &gt; 1">, </xsl:if>
          <xsl:choose>
            <xsl:when test="local-name() = 'codeKey'">Code: </xsl:when>
            <xsl:when test="local-name() = 'nameKey'">Name: </xsl:when>
            <xsl:otherwise>Hilfe: </xsl:otherwise>
          </xsl:choose>
          <code><xsl:value-of select="normalize-space(.)"/></code>
        </xsl:for-each>
      </dd>
    </xsl:if>
    <xsl:call-template name="row">
      <xsl:with-param name="label" select="'Hilfetext Eingabe'"/>
      <xsl:with-param name="text" select="$el/*[local-name() = 'hilfetextEingabe']"/>
    </xsl:call-template>
    <xsl:call-template name="row">
      <xsl:with-param name="label" select="'Hilfetext Ausgabe'"/>
      <xsl:with-param name="text" select="$el/*[local-name() = 'hilfetextAusgabe']"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A code list reference: XDF3 GenericodeIdentification, XDF2 CodelisteReferenz. -->
  <xsl:template name="codelist-ref">
    <xsl:variable name="gc" select="(. | *[local-name() = 'genericodeIdentification'])[*[local-name() = 'canonicalIdentification']][last()]"/>
    <xsl:variable name="cid" select="normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'id'])"/>
    <span class="codelist">
      <xsl:if test="$cid != ''">
        <span class="id"><xsl:value-of select="$cid"/></span>
        <xsl:if test="normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'version']) != ''">
          <xsl:value-of select="concat(' V', normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'version']))"/>
        </xsl:if>
        <xsl:if test="$gc">: </xsl:if>
      </xsl:if>
      <code class="uri"><xsl:value-of select="normalize-space($gc/*[local-name() = 'canonicalIdentification'])"/></code>
      <xsl:if test="normalize-space($gc/*[local-name() = 'version']) != ''">
        <xsl:text>, Version </xsl:text>
        <code><xsl:value-of select="normalize-space($gc/*[local-name() = 'version'])"/></code>
      </xsl:if>
      <xsl:if test="normalize-space($gc/*[local-name() = 'canonicalVersionUri']) != ''">
        <xsl:text> (</xsl:text>
        <code class="uri"><xsl:value-of select="normalize-space($gc/*[local-name() = 'canonicalVersionUri'])"/></code>
        <xsl:text>)</xsl:text>
      </xsl:if>
    </span>
  </xsl:template>

  <!-- ============================================================ constraints -->

  <!--
    The constraints of a praezisierung as <c k="minLength" v="1"/> elements:
    XDF3 attributes, or the XDF2 JSON string parsed.  Not a JSON object: a
    single <raw/>.
  -->
  <xsl:template name="constraints">
    <xsl:param name="p"/>
    <xsl:choose>
      <xsl:when test="$v3">
        <xsl:for-each select="$p/@minLength | $p/@maxLength | $p/@minValue | $p/@maxValue | $p/@pattern">
          <fk:c k="{local-name()}" v="{.}"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="s" select="normalize-space($p)"/>
        <xsl:choose>
          <xsl:when test="$s = ''"/>
          <xsl:when test="starts-with($s, '{') and substring($s, string-length($s)) = '}'">
            <xsl:variable name="body" select="substring(string($p), string-length(substring-before(string($p), '{')) + 2)"/>
            <xsl:variable name="parsed">
              <xsl:call-template name="json-members">
                <xsl:with-param name="s" select="$body"/>
              </xsl:call-template>
            </xsl:variable>
            <xsl:choose>
              <xsl:when test="exsl:node-set($parsed)/fk:error">
                <fk:raw/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:copy-of select="$parsed"/>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:when>
          <xsl:otherwise>
            <fk:raw/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    JSON object members of s (the text after "{", up to and including the
    closing "}"): string keys, values strings or bare tokens.  Emits fk:c
    per member, fk:error on anything else.
  -->
  <xsl:template name="json-members">
    <xsl:param name="s"/>
    <xsl:variable name="t">
      <xsl:call-template name="ltrim"><xsl:with-param name="s" select="$s"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="starts-with($t, '}') and normalize-space(substring($t, 2)) = ''"/>
      <xsl:when test="starts-with($t, '&quot;')">
        <xsl:variable name="klen">
          <xsl:call-template name="json-string-length"><xsl:with-param name="s" select="substring($t, 2)"/></xsl:call-template>
        </xsl:variable>
        <xsl:variable name="after-key">
          <xsl:call-template name="ltrim"><xsl:with-param name="s" select="substring($t, $klen + 3)"/></xsl:call-template>
        </xsl:variable>
        <xsl:variable name="vstart">
          <xsl:call-template name="ltrim"><xsl:with-param name="s" select="substring($after-key, 2)"/></xsl:call-template>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$klen &lt; 0 or not(starts-with($after-key, ':'))">
            <fk:error/>
          </xsl:when>
          <xsl:when test="starts-with($vstart, '&quot;')">
            <xsl:variable name="vlen">
              <xsl:call-template name="json-string-length"><xsl:with-param name="s" select="substring($vstart, 2)"/></xsl:call-template>
            </xsl:variable>
            <xsl:choose>
              <xsl:when test="$vlen &lt; 0"><fk:error/></xsl:when>
              <xsl:otherwise>
                <xsl:variable name="k">
                  <xsl:call-template name="json-unescape"><xsl:with-param name="s" select="substring($t, 2, $klen)"/></xsl:call-template>
                </xsl:variable>
                <xsl:variable name="v">
                  <xsl:call-template name="json-unescape"><xsl:with-param name="s" select="substring($vstart, 2, $vlen)"/></xsl:call-template>
                </xsl:variable>
                <fk:c k="{$k}" v="{$v}"/>
                <xsl:call-template name="json-next">
                  <xsl:with-param name="s" select="substring($vstart, $vlen + 3)"/>
                </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:when>
          <xsl:otherwise>
            <!-- a bare token: number, true, false, null -->
            <xsl:variable name="tok" select="substring-before(translate($vstart, '}', ','), ',')"/>
            <xsl:choose>
              <xsl:when test="normalize-space($tok) = '' or contains($tok, '&quot;') or contains($tok, '{') or contains($tok, '[')">
                <fk:error/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:variable name="k">
                  <xsl:call-template name="json-unescape"><xsl:with-param name="s" select="substring($t, 2, $klen)"/></xsl:call-template>
                </xsl:variable>
                <fk:c k="{$k}" v="{normalize-space($tok)}"/>
                <xsl:call-template name="json-next">
                  <xsl:with-param name="s" select="substring($vstart, string-length($tok) + 1)"/>
                </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <fk:error/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- After a member: "," and the next member, or the closing "}". -->
  <xsl:template name="json-next">
    <xsl:param name="s"/>
    <xsl:variable name="t">
      <xsl:call-template name="ltrim"><xsl:with-param name="s" select="$s"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="starts-with($t, ',')">
        <xsl:call-template name="json-members"><xsl:with-param name="s" select="substring($t, 2)"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="starts-with($t, '}') and normalize-space(substring($t, 2)) = ''"/>
      <xsl:otherwise><fk:error/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Length of a JSON string's content up to its closing quote, -1 when it has none. -->
  <xsl:template name="json-string-length">
    <xsl:param name="s"/>
    <xsl:param name="n" select="0"/>
    <xsl:variable name="before" select="substring-before($s, '&quot;')"/>
    <xsl:choose>
      <xsl:when test="not(contains($s, '&quot;'))">-1</xsl:when>
      <xsl:when test="not(contains($before, '\'))">
        <xsl:value-of select="$n + string-length($before)"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- skip the first escape sequence and look again -->
        <xsl:variable name="pre" select="substring-before($s, '\')"/>
        <xsl:call-template name="json-string-length">
          <xsl:with-param name="s" select="substring($s, string-length($pre) + 3)"/>
          <xsl:with-param name="n" select="$n + string-length($pre) + 2"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="json-unescape">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, '\')">
        <xsl:value-of select="substring-before($s, '\')"/>
        <xsl:variable name="rest" select="substring-after($s, '\')"/>
        <xsl:variable name="c" select="substring($rest, 1, 1)"/>
        <xsl:choose>
          <xsl:when test="$c = 'n'"><xsl:text>&#10;</xsl:text></xsl:when>
          <xsl:when test="$c = 't'"><xsl:text>&#9;</xsl:text></xsl:when>
          <xsl:when test="$c = 'r' or $c = 'b' or $c = 'f'"/>
          <xsl:when test="$c = 'u'"><xsl:value-of select="concat('\u', substring($rest, 2, 4))"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$c"/></xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="json-unescape">
          <xsl:with-param name="s">
            <xsl:choose>
              <xsl:when test="$c = 'u'"><xsl:value-of select="substring($rest, 6)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="substring($rest, 2)"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="ltrim">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="$s != '' and normalize-space(substring($s, 1, 1)) = ''">
        <xsl:call-template name="ltrim"><xsl:with-param name="s" select="substring($s, 2)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The Präzisierung row of the dictionary; context: the praezisierung element. -->
  <xsl:template name="constraints-row">
    <xsl:variable name="rtf">
      <xsl:call-template name="constraints"><xsl:with-param name="p" select="."/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="c" select="exsl:node-set($rtf)/*"/>
    <xsl:if test="$c">
      <dt>Präzisierung</dt>
      <dd class="constraints">
        <xsl:choose>
          <xsl:when test="$c[self::fk:raw]">
            <code class="raw"><xsl:value-of select="."/></code>
            <xsl:text> (Freitext, nicht als JSON lesbar)</xsl:text>
            <xsl:call-template name="once">
              <xsl:with-param name="el" select=".."/>
              <xsl:with-param name="code" select="'X401'"/>
              <xsl:with-param name="severity" select="'info'"/>
              <xsl:with-param name="text" select="concat('praezisierung &quot;', normalize-space(.), '&quot; is not a JSON object: shown as text, not applied to the form preview')"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <ul class="plain">
              <xsl:for-each select="$c">
                <li>
                  <xsl:choose>
                    <xsl:when test="@k = 'minLength'">Mindestlänge</xsl:when>
                    <xsl:when test="@k = 'maxLength'">Höchstlänge</xsl:when>
                    <xsl:when test="@k = 'minValue'">Mindestwert</xsl:when>
                    <xsl:when test="@k = 'maxValue'">Höchstwert</xsl:when>
                    <xsl:when test="@k = 'pattern'">Muster</xsl:when>
                    <xsl:otherwise><xsl:value-of select="@k"/></xsl:otherwise>
                  </xsl:choose>
                  <xsl:text>: </xsl:text>
                  <code><xsl:value-of select="@v"/></code>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:otherwise>
        </xsl:choose>
      </dd>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================= rules -->

  <xsl:template name="rule">
    <xsl:param name="anchor" select="''"/>
    <xsl:param name="heading" select="0"/>
    <xsl:variable name="id" select="normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'id'])"/>
    <xsl:variable name="version" select="normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'version'])"/>
    <div class="rule">
      <xsl:if test="$anchor != ''">
        <xsl:attribute name="id"><xsl:value-of select="$anchor"/></xsl:attribute>
      </xsl:if>
      <xsl:variable name="head">
        <span class="kind">Regel</span>
        <xsl:text> </xsl:text>
        <xsl:value-of select="normalize-space(*[local-name() = 'name'])"/>
        <xsl:text> </xsl:text>
        <span class="id">
          <xsl:value-of select="$id"/>
          <xsl:if test="$version != ''"><xsl:value-of select="concat(' V', $version)"/></xsl:if>
        </span>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="$heading &gt; 0">
          <xsl:element name="h{$heading}">
            <xsl:attribute name="class">rule-h</xsl:attribute>
            <xsl:copy-of select="$head"/>
          </xsl:element>
        </xsl:when>
        <xsl:otherwise>
          <p class="rule-h"><xsl:copy-of select="$head"/></p>
        </xsl:otherwise>
      </xsl:choose>
      <dl class="props">
        <xsl:for-each select="*[local-name() = 'typ']">
          <dt>Typ</dt>
          <dd><xsl:call-template name="coded"><xsl:with-param name="list" select="'regeltyp'"/><xsl:with-param name="n" select="."/></xsl:call-template></dd>
        </xsl:for-each>
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'Beschreibung'"/>
          <xsl:with-param name="text" select="*[local-name() = 'beschreibung']"/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'Definition'"/>
          <xsl:with-param name="text" select="*[local-name() = 'definition']"/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'Regel (Freitext)'"/>
          <xsl:with-param name="text" select="*[local-name() = 'freitextRegel']"/>
        </xsl:call-template>
        <xsl:call-template name="bezug-row">
          <xsl:with-param name="label" select="'Bezug'"/>
          <xsl:with-param name="bezug" select="*[local-name() = 'bezug']"/>
        </xsl:call-template>
        <xsl:if test="*[local-name() = 'param']">
          <dt>Parameter</dt>
          <dd>
            <ul class="plain">
              <xsl:for-each select="*[local-name() = 'param']">
                <li>
                  <code><xsl:value-of select="@name"/></code>
                  <xsl:text> = </xsl:text>
                  <xsl:call-template name="element-ref"><xsl:with-param name="ref" select="normalize-space(@element)"/></xsl:call-template>
                  <xsl:if test="normalize-space(*[local-name() = 'typ']) != ''">
                    <xsl:value-of select="concat(' (', normalize-space(*[local-name() = 'typ']), ')')"/>
                  </xsl:if>
                </li>
              </xsl:for-each>
            </ul>
          </dd>
        </xsl:if>
        <xsl:if test="*[local-name() = 'ziel']">
          <dt>Ziel</dt>
          <dd>
            <ul class="plain">
              <xsl:for-each select="*[local-name() = 'ziel']">
                <li>
                  <code><xsl:value-of select="@name"/></code>
                  <xsl:text> = </xsl:text>
                  <xsl:call-template name="element-ref"><xsl:with-param name="ref" select="normalize-space(@element)"/></xsl:call-template>
                </li>
              </xsl:for-each>
            </ul>
          </dd>
        </xsl:if>
        <xsl:if test="*[local-name() = 'fehler']">
          <dt>Fehlermeldungen</dt>
          <dd>
            <ul class="plain">
              <xsl:for-each select="*[local-name() = 'fehler']">
                <li><code><xsl:value-of select="@code"/></code>: <xsl:value-of select="normalize-space(.)"/></li>
              </xsl:for-each>
            </ul>
          </dd>
        </xsl:if>
        <xsl:call-template name="status-row">
          <xsl:with-param name="el" select="."/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'Fachlicher Ersteller'"/>
          <xsl:with-param name="text" select="*[local-name() = 'fachlicherErsteller']"/>
        </xsl:call-template>
        <xsl:call-template name="date-rows">
          <xsl:with-param name="el" select="."/>
        </xsl:call-template>
        <xsl:call-template name="stichwort-row">
          <xsl:with-param name="el" select="."/>
        </xsl:call-template>
      </dl>
      <xsl:for-each select="*[local-name() = 'skript' or local-name() = 'script'][normalize-space(.) != '']">
        <p class="sub">Skript</p>
        <pre class="script"><code><xsl:value-of select="."/></code></pre>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- An element id a rule names: linked to the first occurrence in the dictionary. -->
  <xsl:template name="element-ref">
    <xsl:param name="ref"/>
    <xsl:variable name="target" select="key('fk-el', $ref)[1]"/>
    <xsl:choose>
      <!-- the root group of a 0103 message has no dictionary entry of its own -->
      <xsl:when test="$target and not($kind = 'datenfeldgruppe' and count($target | $obj) = 1)">
        <a>
          <xsl:attribute name="href">
            <xsl:text>#</xsl:text>
            <xsl:call-template name="anchor-of"><xsl:with-param name="el" select="$target"/></xsl:call-template>
          </xsl:attribute>
          <span class="id"><xsl:value-of select="$ref"/></span>
        </a>
        <xsl:value-of select="concat(' ', normalize-space($target/*[local-name() = 'name']))"/>
      </xsl:when>
      <xsl:otherwise>
        <span class="id"><xsl:value-of select="$ref"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The dictionary anchor of an element, computed from its ancestors (same as the walk's). -->
  <xsl:template name="anchor-of">
    <xsl:param name="el"/>
    <xsl:variable name="steps" select="$el/ancestor::*[local-name() = 'struktur']"/>
    <xsl:text>e-</xsl:text>
    <xsl:choose>
      <xsl:when test="$steps">
        <xsl:for-each select="$steps">
          <xsl:if test="position() &gt; 1">.</xsl:if>
          <xsl:value-of select="count(preceding-sibling::*[local-name() = 'struktur']) + 1"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>1</xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="concat('-', translate(normalize-space($el/*[local-name() = 'identifikation']/*[local-name() = 'id']), ' ', '_'))"/>
  </xsl:template>

  <!-- ================================================================== form -->

  <xsl:template name="form-root">
    <p class="note">
      <xsl:text>Vorschau der Eingabefelder nach Feldart und Datentyp. Mit </xsl:text>
      <span class="req">*</span>
      <xsl:text> markierte Angaben sind Pflicht. Das Formular sendet nichts.</xsl:text>
    </p>
    <form class="preview" method="dialog" aria-labelledby="formular-h">
      <xsl:choose>
        <xsl:when test="$kind = 'datenfeld'">
          <xsl:call-template name="form-el">
            <xsl:with-param name="el" select="$obj"/>
            <xsl:with-param name="path" select="'1'"/>
            <xsl:with-param name="anzahl" select="''"/>
            <xsl:with-param name="may-require" select="false()"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:for-each select="$obj/*[local-name() = 'struktur']">
            <xsl:call-template name="form-el">
              <xsl:with-param name="el" select="*[local-name() = 'enthaelt']/*[1]"/>
              <xsl:with-param name="path" select="string(position())"/>
              <xsl:with-param name="anzahl" select="normalize-space(*[local-name() = 'anzahl'])"/>
              <xsl:with-param name="may-require" select="not($obj/*[local-name() = 'art']/*[local-name() = 'code'] = 'X')"/>
              <xsl:with-param name="in-choice" select="$obj/*[local-name() = 'art']/*[local-name() = 'code'] = 'X'"/>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
      <p class="actions">
        <button type="submit">Eingaben prüfen</button>
        <xsl:text> </xsl:text>
        <button type="reset">Zurücksetzen</button>
      </p>
    </form>
  </xsl:template>

  <!--
    One element of the form.  may-require: whether required may be set at
    all here (every enclosing group mandatory, parent not an Auswahlgruppe).
  -->
  <xsl:template name="form-el">
    <xsl:param name="el"/>
    <xsl:param name="path"/>
    <xsl:param name="anzahl"/>
    <xsl:param name="may-require"/>
    <xsl:param name="in-choice" select="false()"/>
    <xsl:variable name="id" select="normalize-space($el/*[local-name() = 'identifikation']/*[local-name() = 'id'])"/>
    <xsl:variable name="hid" select="concat('f-', $path, '-', translate($id, ' ', '_'))"/>
    <xsl:variable name="min" select="substring-before($anzahl, ':')"/>
    <xsl:variable name="max" select="substring-after($anzahl, ':')"/>
    <!-- own-required marks the label; inside an Auswahlgruppe no child is mandatory by itself -->
    <xsl:variable name="own-required" select="number($min) &gt;= 1 and not($in-choice)"/>
    <xsl:variable name="required" select="$may-require and $own-required"/>
    <xsl:variable name="label">
      <xsl:call-template name="label-text"><xsl:with-param name="el" select="$el"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="not($el)"/>
      <xsl:when test="local-name($el) = 'datenfeldgruppe'">
        <xsl:variable name="choice" select="$el/*[local-name() = 'art']/*[local-name() = 'code'] = 'X'"/>
        <fieldset class="fg" id="{$hid}" data-id="{$id}" data-min="{$min}" data-max="{$max}">
          <legend>
            <xsl:value-of select="$label"/>
            <xsl:if test="$own-required"><span class="req" aria-hidden="true">*</span></xsl:if>
            <xsl:call-template name="mult-note">
              <xsl:with-param name="min" select="$min"/>
              <xsl:with-param name="max" select="$max"/>
            </xsl:call-template>
          </legend>
          <xsl:if test="$choice">
            <p class="note choice">Auswahlgruppe: genau eine der folgenden Angaben machen.</p>
          </xsl:if>
          <xsl:if test="normalize-space($el/*[local-name() = 'hilfetextEingabe']) != ''">
            <p class="hint"><span class="txt"><xsl:value-of select="$el/*[local-name() = 'hilfetextEingabe']"/></span></p>
          </xsl:if>
          <xsl:for-each select="$el/*[local-name() = 'struktur']">
            <xsl:call-template name="form-el">
              <xsl:with-param name="el" select="*[local-name() = 'enthaelt']/*[1]"/>
              <xsl:with-param name="path" select="concat($path, '.', position())"/>
              <xsl:with-param name="anzahl" select="normalize-space(*[local-name() = 'anzahl'])"/>
              <xsl:with-param name="may-require" select="$required and not($choice)"/>
              <xsl:with-param name="in-choice" select="$choice"/>
            </xsl:call-template>
          </xsl:for-each>
        </fieldset>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="form-field">
          <xsl:with-param name="el" select="$el"/>
          <xsl:with-param name="id" select="$id"/>
          <xsl:with-param name="hid" select="$hid"/>
          <xsl:with-param name="min" select="$min"/>
          <xsl:with-param name="max" select="$max"/>
          <xsl:with-param name="own-required" select="$own-required"/>
          <xsl:with-param name="required" select="$required"/>
          <xsl:with-param name="label" select="$label"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="label-text">
    <xsl:param name="el"/>
    <xsl:choose>
      <xsl:when test="normalize-space($el/*[local-name() = 'bezeichnungEingabe']) != ''">
        <xsl:value-of select="normalize-space($el/*[local-name() = 'bezeichnungEingabe'])"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="normalize-space($el/*[local-name() = 'name'])"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="mult-note">
    <xsl:param name="min"/>
    <xsl:param name="max"/>
    <xsl:if test="$max = '*' or number($max) &gt; 1">
      <xsl:text> </xsl:text>
      <span class="repeat">
        <xsl:text>wiederholbar </xsl:text>
        <xsl:value-of select="concat($min, ':', $max)"/>
      </span>
    </xsl:if>
  </xsl:template>

  <xsl:template name="form-field">
    <xsl:param name="el"/>
    <xsl:param name="id"/>
    <xsl:param name="hid"/>
    <xsl:param name="min"/>
    <xsl:param name="max"/>
    <xsl:param name="own-required"/>
    <xsl:param name="required"/>
    <xsl:param name="label"/>
    <xsl:variable name="feldart" select="normalize-space($el/*[local-name() = 'feldart']/*[local-name() = 'code'])"/>
    <xsl:variable name="datentyp" select="normalize-space($el/*[local-name() = 'datentyp']/*[local-name() = 'code'])"/>
    <xsl:variable name="inhalt" select="string($el/*[local-name() = 'inhalt'])"/>
    <xsl:variable name="help" select="$el/*[local-name() = 'hilfetextEingabe'][normalize-space(.) != '']"/>
    <!-- inline values, else those of the referenced code list when fimkit
         was given it (option codelists of convert) -->
    <xsl:variable name="listed-rtf">
      <xsl:if test="not($el/*[local-name() = 'werte']/*[local-name() = 'wert'])">
        <xsl:call-template name="fk-codelist-werte"><xsl:with-param name="field" select="$el"/></xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="werte"
        select="$el/*[local-name() = 'werte']/*[local-name() = 'wert'] | exsl:node-set($listed-rtf)/wert"/>
    <xsl:variable name="known-type" select="contains(' text text_latin date time datetime bool num num_int num_currency file obj ', concat(' ', $datentyp, ' '))"/>
    <xsl:variable name="known-art" select="contains(' input select label hidden locked ', concat(' ', $feldart, ' '))"/>
    <xsl:variable name="frozen" select="$feldart = 'hidden' or $feldart = 'locked'"/>
    <xsl:variable name="rtf">
      <xsl:call-template name="constraints"><xsl:with-param name="p" select="$el/*[local-name() = 'praezisierung']"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="c" select="exsl:node-set($rtf)/fk:c"/>
    <xsl:if test="not($known-type) or not($known-art)">
      <xsl:call-template name="once">
        <xsl:with-param name="el" select="$el"/>
        <xsl:with-param name="code" select="'X404'"/>
        <xsl:with-param name="severity" select="'warning'"/>
        <xsl:with-param name="text" select="concat('unknown feldart &quot;', $feldart, '&quot; or datentyp &quot;', $datentyp, '&quot;: the form preview uses a text input')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:variable name="cls">
      <xsl:text>fc</xsl:text>
      <xsl:if test="$feldart = 'hidden'"> is-hidden</xsl:if>
      <xsl:if test="$feldart = 'locked'"> is-locked</xsl:if>
      <xsl:if test="$feldart = 'label'"> is-label</xsl:if>
    </xsl:variable>
    <xsl:variable name="radio" select="$feldart = 'select' and $werte and count($werte) &lt;= number($radio-max)"/>
    <xsl:variable name="checkbox" select="$feldart != 'select' and $datentyp = 'bool'"/>
    <!-- whether the control gets the required attribute -->
    <xsl:variable name="req" select="$required and not($frozen) and not($checkbox)"/>
    <xsl:choose>
      <xsl:when test="$feldart = 'label'">
        <div class="{$cls}" id="{$hid}" data-id="{$id}" data-feldart="{$feldart}" data-datentyp="{$datentyp}"
            data-min="{$min}" data-max="{$max}">
          <p class="static">
            <strong><xsl:value-of select="$label"/></strong>
            <xsl:if test="normalize-space($inhalt) != ''">
              <br/>
              <span class="txt"><xsl:value-of select="$inhalt"/></span>
            </xsl:if>
          </p>
        </div>
      </xsl:when>
      <xsl:when test="$radio">
        <fieldset class="{$cls} radios" id="{$hid}" data-id="{$id}" data-feldart="{$feldart}" data-datentyp="{$datentyp}"
            data-min="{$min}" data-max="{$max}" data-required="{$req}">
          <xsl:if test="$help">
            <xsl:attribute name="aria-describedby"><xsl:value-of select="concat('h', substring($hid, 2))"/></xsl:attribute>
          </xsl:if>
          <legend>
            <xsl:value-of select="$label"/>
            <xsl:if test="$own-required and not($frozen)"><span class="req" aria-hidden="true">*</span></xsl:if>
            <xsl:call-template name="mult-note"><xsl:with-param name="min" select="$min"/><xsl:with-param name="max" select="$max"/></xsl:call-template>
          </legend>
          <xsl:call-template name="frozen-note"><xsl:with-param name="feldart" select="$feldart"/></xsl:call-template>
          <xsl:for-each select="$werte">
            <xsl:variable name="code" select="normalize-space(*[local-name() = 'code'])"/>
            <div class="radio">
              <input type="radio" id="{concat($hid, '-', position())}" name="{$hid}" value="{$code}">
                <xsl:if test="$req"><xsl:attribute name="required">required</xsl:attribute></xsl:if>
                <xsl:if test="$frozen"><xsl:attribute name="disabled">disabled</xsl:attribute></xsl:if>
                <xsl:if test="$code = normalize-space($inhalt)"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
              </input>
              <xsl:text> </xsl:text>
              <label for="{concat($hid, '-', position())}"><xsl:value-of select="normalize-space(*[local-name() = 'name'])"/></label>
              <xsl:if test="normalize-space(*[local-name() = 'hilfe']) != ''">
                <span class="vhint"><xsl:value-of select="concat(' – ', normalize-space(*[local-name() = 'hilfe']))"/></span>
              </xsl:if>
            </div>
          </xsl:for-each>
          <xsl:if test="$help">
            <p class="hint" id="{concat('h', substring($hid, 2))}"><span class="txt"><xsl:value-of select="$help"/></span></p>
          </xsl:if>
        </fieldset>
      </xsl:when>
      <xsl:otherwise>
        <div class="{$cls}" data-id="{$id}" data-feldart="{$feldart}" data-datentyp="{$datentyp}"
            data-min="{$min}" data-max="{$max}" data-required="{$req}">
          <xsl:variable name="lab">
            <xsl:value-of select="$label"/>
            <xsl:if test="$own-required and not($checkbox) and not($frozen)"><span class="req" aria-hidden="true">*</span></xsl:if>
            <xsl:call-template name="mult-note"><xsl:with-param name="min" select="$min"/><xsl:with-param name="max" select="$max"/></xsl:call-template>
          </xsl:variable>
          <xsl:choose>
            <xsl:when test="$checkbox">
              <div class="check">
                <xsl:call-template name="control">
                  <xsl:with-param name="el" select="$el"/><xsl:with-param name="hid" select="$hid"/>
                  <xsl:with-param name="feldart" select="$feldart"/><xsl:with-param name="datentyp" select="$datentyp"/>
                  <xsl:with-param name="inhalt" select="$inhalt"/><xsl:with-param name="help" select="$help"/>
                  <xsl:with-param name="werte" select="$werte"/><xsl:with-param name="c" select="$c"/>
                  <xsl:with-param name="required" select="$req"/><xsl:with-param name="max" select="$max"/>
                </xsl:call-template>
                <xsl:text> </xsl:text>
                <label for="{$hid}"><xsl:copy-of select="$lab"/></label>
              </div>
            </xsl:when>
            <xsl:otherwise>
              <label for="{$hid}"><xsl:copy-of select="$lab"/></label>
              <xsl:call-template name="control">
                <xsl:with-param name="el" select="$el"/><xsl:with-param name="hid" select="$hid"/>
                <xsl:with-param name="feldart" select="$feldart"/><xsl:with-param name="datentyp" select="$datentyp"/>
                <xsl:with-param name="inhalt" select="$inhalt"/><xsl:with-param name="help" select="$help"/>
                <xsl:with-param name="werte" select="$werte"/><xsl:with-param name="c" select="$c"/>
                <xsl:with-param name="required" select="$req"/><xsl:with-param name="max" select="$max"/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:call-template name="frozen-note"><xsl:with-param name="feldart" select="$feldart"/></xsl:call-template>
          <xsl:if test="$datentyp = 'obj' and $feldart != 'select'">
            <p class="note">Objekt (Blob): in der Vorschau als Datei-Upload dargestellt.</p>
          </xsl:if>
          <xsl:if test="$feldart = 'select' and not($werte)">
            <p class="note">
              <xsl:choose>
                <xsl:when test="$el/*[local-name() = 'codelisteReferenz']">
                  <xsl:text>Werte aus der Codeliste </xsl:text>
                  <xsl:for-each select="$el/*[local-name() = 'codelisteReferenz']">
                    <xsl:call-template name="codelist-ref"/>
                  </xsl:for-each>
                  <xsl:text>; sie sind weder im Dokument noch unter den übergebenen Codelisten.</xsl:text>
                </xsl:when>
                <xsl:otherwise>Keine Werteliste angegeben.</xsl:otherwise>
              </xsl:choose>
            </p>
          </xsl:if>
          <xsl:if test="$help">
            <p class="hint" id="{concat('h', substring($hid, 2))}"><span class="txt"><xsl:value-of select="$help"/></span></p>
          </xsl:if>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="frozen-note">
    <xsl:param name="feldart"/>
    <xsl:choose>
      <xsl:when test="$feldart = 'hidden'">
        <p class="note flag">Verstecktes Feld (hidden): im Formular nicht sichtbar, hier nur zur Ansicht.</p>
      </xsl:when>
      <xsl:when test="$feldart = 'locked'">
        <p class="note flag">Gesperrtes Feld (locked): sichtbar, aber nicht änderbar.</p>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The control of an input, select, hidden or locked field (radio buttons are done by the caller). -->
  <xsl:template name="control">
    <xsl:param name="el"/>
    <xsl:param name="hid"/>
    <xsl:param name="feldart"/>
    <xsl:param name="datentyp"/>
    <xsl:param name="inhalt"/>
    <xsl:param name="help"/>
    <xsl:param name="werte"/>
    <xsl:param name="c"/>
    <xsl:param name="required"/>
    <xsl:param name="max"/>
    <xsl:variable name="frozen" select="$feldart = 'hidden' or $feldart = 'locked'"/>
    <xsl:choose>
      <xsl:when test="$feldart = 'select'">
        <select id="{$hid}" name="{$hid}">
          <xsl:if test="$required"><xsl:attribute name="required">required</xsl:attribute></xsl:if>
          <xsl:if test="$frozen or not($werte)"><xsl:attribute name="disabled">disabled</xsl:attribute></xsl:if>
          <xsl:if test="$help"><xsl:attribute name="aria-describedby"><xsl:value-of select="concat('h', substring($hid, 2))"/></xsl:attribute></xsl:if>
          <option value="">
            <xsl:choose>
              <xsl:when test="$werte">– bitte auswählen –</xsl:when>
              <xsl:otherwise>– Werte nicht im Dokument –</xsl:otherwise>
            </xsl:choose>
          </option>
          <xsl:for-each select="$werte">
            <xsl:variable name="code" select="normalize-space(*[local-name() = 'code'])"/>
            <option value="{$code}">
              <xsl:if test="$code = normalize-space($inhalt)"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="normalize-space(*[local-name() = 'name'])"/>
            </option>
          </xsl:for-each>
        </select>
        <xsl:if test="not($werte)">
          <xsl:call-template name="once">
            <xsl:with-param name="el" select="$el"/>
            <xsl:with-param name="code" select="'X402'"/>
            <xsl:with-param name="severity" select="'info'"/>
            <xsl:with-param name="text">
              <xsl:choose>
                <xsl:when test="$el/*[local-name() = 'codelisteReferenz']">
                  <xsl:value-of select="concat('select field values come from code list ', normalize-space(($el/*[local-name() = 'codelisteReferenz']//*[local-name() = 'canonicalVersionUri' or local-name() = 'canonicalIdentification'])[1]), ', which is neither in the document nor among the code lists given (option codelists): the form preview has no options')"/>
                </xsl:when>
                <xsl:otherwise>select field without values or code list: the form preview has no options</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="type">
          <xsl:choose>
            <xsl:when test="$datentyp = 'date'">date</xsl:when>
            <xsl:when test="$datentyp = 'time'">time</xsl:when>
            <xsl:when test="$datentyp = 'datetime'">datetime-local</xsl:when>
            <xsl:when test="$datentyp = 'bool'">checkbox</xsl:when>
            <xsl:when test="$datentyp = 'num' or $datentyp = 'num_int' or $datentyp = 'num_currency'">number</xsl:when>
            <xsl:when test="$datentyp = 'file' or $datentyp = 'obj'">file</xsl:when>
            <xsl:otherwise>text</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:variable name="minv" select="string($c[@k = 'minValue']/@v)"/>
        <xsl:variable name="maxv" select="string($c[@k = 'maxValue']/@v)"/>
        <input type="{$type}" id="{$hid}" name="{$hid}">
          <xsl:choose>
            <xsl:when test="$type = 'text'">
              <xsl:if test="translate($c[@k = 'maxLength']/@v, '0123456789', '') = '' and $c[@k = 'maxLength']/@v != ''">
                <xsl:attribute name="maxlength"><xsl:value-of select="$c[@k = 'maxLength']/@v"/></xsl:attribute>
              </xsl:if>
              <xsl:if test="translate($c[@k = 'minLength']/@v, '0123456789', '') = '' and $c[@k = 'minLength']/@v != ''">
                <xsl:attribute name="minlength"><xsl:value-of select="$c[@k = 'minLength']/@v"/></xsl:attribute>
              </xsl:if>
              <xsl:if test="$c[@k = 'pattern']/@v != ''">
                <xsl:attribute name="pattern"><xsl:value-of select="$c[@k = 'pattern']/@v"/></xsl:attribute>
              </xsl:if>
            </xsl:when>
            <xsl:when test="$type = 'number'">
              <xsl:attribute name="step">
                <xsl:choose>
                  <xsl:when test="$datentyp = 'num_int'">1</xsl:when>
                  <xsl:when test="$datentyp = 'num_currency'">0.01</xsl:when>
                  <xsl:otherwise>any</xsl:otherwise>
                </xsl:choose>
              </xsl:attribute>
              <xsl:if test="$minv != '' and string(number($minv)) != 'NaN'">
                <xsl:attribute name="min"><xsl:value-of select="$minv"/></xsl:attribute>
              </xsl:if>
              <xsl:if test="$maxv != '' and string(number($maxv)) != 'NaN'">
                <xsl:attribute name="max"><xsl:value-of select="$maxv"/></xsl:attribute>
              </xsl:if>
            </xsl:when>
            <xsl:when test="$type = 'date'">
              <xsl:if test="string-length($minv) = 10 and translate($minv, '0123456789', '') = '--'">
                <xsl:attribute name="min"><xsl:value-of select="$minv"/></xsl:attribute>
              </xsl:if>
              <xsl:if test="string-length($maxv) = 10 and translate($maxv, '0123456789', '') = '--'">
                <xsl:attribute name="max"><xsl:value-of select="$maxv"/></xsl:attribute>
              </xsl:if>
            </xsl:when>
            <xsl:when test="$type = 'file'">
              <xsl:if test="$el/*[local-name() = 'mediaType']">
                <xsl:attribute name="accept">
                  <xsl:for-each select="$el/*[local-name() = 'mediaType']">
                    <xsl:if test="position() &gt; 1">,</xsl:if>
                    <xsl:value-of select="normalize-space(.)"/>
                  </xsl:for-each>
                </xsl:attribute>
              </xsl:if>
              <xsl:if test="$max = '*' or number($max) &gt; 1">
                <xsl:attribute name="multiple">multiple</xsl:attribute>
              </xsl:if>
            </xsl:when>
          </xsl:choose>
          <!-- default content -->
          <xsl:choose>
            <xsl:when test="$type = 'checkbox'">
              <xsl:attribute name="value">true</xsl:attribute>
              <xsl:if test="normalize-space($inhalt) = 'true' or normalize-space($inhalt) = '1'">
                <xsl:attribute name="checked">checked</xsl:attribute>
              </xsl:if>
            </xsl:when>
            <xsl:when test="$type = 'file'"/>
            <xsl:when test="normalize-space($inhalt) != ''">
              <xsl:attribute name="value"><xsl:value-of select="$inhalt"/></xsl:attribute>
            </xsl:when>
          </xsl:choose>
          <xsl:if test="$required">
            <xsl:attribute name="required">required</xsl:attribute>
          </xsl:if>
          <xsl:if test="$frozen">
            <xsl:choose>
              <xsl:when test="$type = 'checkbox' or $type = 'file'">
                <xsl:attribute name="disabled">disabled</xsl:attribute>
              </xsl:when>
              <xsl:otherwise>
                <xsl:attribute name="readonly">readonly</xsl:attribute>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:if>
          <xsl:if test="$help">
            <xsl:attribute name="aria-describedby"><xsl:value-of select="concat('h', substring($hid, 2))"/></xsl:attribute>
          </xsl:if>
        </input>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ======================================================== shared rows -->

  <!-- dt/dd for a text when it is not empty; line breaks kept. -->
  <xsl:template name="row">
    <xsl:param name="label"/>
    <xsl:param name="text"/>
    <xsl:if test="normalize-space($text) != ''">
      <dt><xsl:value-of select="$label"/></dt>
      <dd><span class="txt"><xsl:value-of select="$text"/></span></dd>
    </xsl:if>
  </xsl:template>

  <xsl:template name="status-row">
    <xsl:param name="el"/>
    <xsl:for-each select="$el/*[local-name() = 'freigabestatus' or local-name() = 'status']">
      <dt>Status</dt>
      <dd>
        <xsl:call-template name="coded">
          <xsl:with-param name="list" select="local-name()"/>
          <xsl:with-param name="n" select="."/>
        </xsl:call-template>
        <xsl:if test="normalize-space($el/*[local-name() = 'statusGesetztAm']) != ''">
          <xsl:text>, gesetzt am </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="value" select="normalize-space($el/*[local-name() = 'statusGesetztAm'])"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="normalize-space($el/*[local-name() = 'statusGesetztDurch']) != ''">
          <xsl:value-of select="concat(' durch ', normalize-space($el/*[local-name() = 'statusGesetztDurch']))"/>
        </xsl:if>
      </dd>
    </xsl:for-each>
  </xsl:template>

  <!-- Status and dates of a dictionary entry in one line. -->
  <xsl:template name="admin-row">
    <xsl:param name="el"/>
    <xsl:variable name="st" select="$el/*[local-name() = 'freigabestatus' or local-name() = 'status']"/>
    <xsl:variable name="dates" select="$el/*[local-name() = 'statusGesetztAm' or local-name() = 'gueltigAb' or local-name() = 'gueltigBis'
                                       or local-name() = 'freigabedatum' or local-name() = 'veroeffentlichungsdatum'
                                       or local-name() = 'letzteAenderung'][normalize-space(.) != '']"/>
    <xsl:if test="$st or $dates">
      <dt>Status und Daten</dt>
      <dd class="admin">
        <xsl:for-each select="$st">
          <xsl:call-template name="coded">
            <xsl:with-param name="list" select="local-name()"/>
            <xsl:with-param name="n" select="."/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:for-each select="$dates">
          <xsl:if test="position() &gt; 1 or $st"> · </xsl:if>
          <xsl:choose>
            <xsl:when test="local-name() = 'statusGesetztAm'">gesetzt am </xsl:when>
            <xsl:when test="local-name() = 'gueltigAb'">gültig ab </xsl:when>
            <xsl:when test="local-name() = 'gueltigBis'">gültig bis </xsl:when>
            <xsl:when test="local-name() = 'freigabedatum'">freigegeben </xsl:when>
            <xsl:when test="local-name() = 'veroeffentlichungsdatum'">veröffentlicht </xsl:when>
            <xsl:otherwise>geändert </xsl:otherwise>
          </xsl:choose>
          <xsl:call-template name="date"><xsl:with-param name="value" select="normalize-space(.)"/></xsl:call-template>
        </xsl:for-each>
      </dd>
    </xsl:if>
  </xsl:template>

  <xsl:template name="date-rows">
    <xsl:param name="el"/>
    <xsl:for-each select="$el/*[local-name() = 'gueltigAb' or local-name() = 'gueltigBis' or local-name() = 'freigabedatum'
                          or local-name() = 'veroeffentlichungsdatum' or local-name() = 'letzteAenderung'][normalize-space(.) != '']">
      <dt>
        <xsl:choose>
          <xsl:when test="local-name() = 'gueltigAb'">Gültig ab</xsl:when>
          <xsl:when test="local-name() = 'gueltigBis'">Gültig bis</xsl:when>
          <xsl:when test="local-name() = 'freigabedatum'">Freigabedatum</xsl:when>
          <xsl:when test="local-name() = 'veroeffentlichungsdatum'">Veröffentlicht</xsl:when>
          <xsl:otherwise>Letzte Änderung</xsl:otherwise>
        </xsl:choose>
      </dt>
      <dd><xsl:call-template name="date"><xsl:with-param name="value" select="normalize-space(.)"/></xsl:call-template></dd>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="stichwort-row">
    <xsl:param name="el"/>
    <xsl:if test="$el/*[local-name() = 'stichwort']">
      <dt>Stichwörter</dt>
      <dd>
        <ul class="tags">
          <xsl:for-each select="$el/*[local-name() = 'stichwort']">
            <li>
              <xsl:if test="normalize-space(@uri) != ''">
                <span class="tag-k"><xsl:value-of select="normalize-space(@uri)"/>: </span>
              </xsl:if>
              <xsl:value-of select="normalize-space(.)"/>
            </li>
          </xsl:for-each>
        </ul>
      </dd>
    </xsl:if>
  </xsl:template>

  <!-- Legal basis: XDF3 bezug is repeatable with an optional link, XDF2 one string. -->
  <xsl:template name="bezug-row">
    <xsl:param name="label"/>
    <xsl:param name="bezug"/>
    <xsl:variable name="b" select="$bezug[normalize-space(.) != '' or normalize-space(@link) != '']"/>
    <xsl:if test="$b">
      <dt><xsl:value-of select="$label"/></dt>
      <dd>
        <ul class="plain bezug">
          <xsl:for-each select="$b">
            <xsl:variable name="link" select="normalize-space(@link)"/>
            <xsl:variable name="scheme" select="translate(substring-before($link, ':'), $upper, $lower)"/>
            <li>
              <xsl:choose>
                <xsl:when test="($scheme = 'http' or $scheme = 'https') and starts-with(substring-after($link, ':'), '//') and not(contains($link, ' '))">
                  <a href="{$link}" rel="external noreferrer">
                    <xsl:choose>
                      <xsl:when test="normalize-space(.) != ''"><xsl:value-of select="normalize-space(.)"/></xsl:when>
                      <xsl:otherwise><xsl:value-of select="$link"/></xsl:otherwise>
                    </xsl:choose>
                  </a>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:call-template name="linkify"><xsl:with-param name="text" select="normalize-space(.)"/></xsl:call-template>
                  <xsl:if test="$link != ''">
                    <xsl:text> (Link nicht übernommen: </xsl:text>
                    <code><xsl:value-of select="$link"/></code>
                    <xsl:text>)</xsl:text>
                    <xsl:call-template name="once">
                      <xsl:with-param name="el" select=".."/>
                      <xsl:with-param name="code" select="'X405'"/>
                      <xsl:with-param name="severity" select="'warning'"/>
                      <xsl:with-param name="text" select="concat('bezug link &quot;', $link, '&quot; is not a usable http(s) URL: shown as text, not linked')"/>
                    </xsl:call-template>
                  </xsl:if>
                </xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ul>
      </dd>
    </xsl:if>
  </xsl:template>

  <!-- Text with every http:// or https:// URL in it made a link. -->
  <xsl:template name="linkify">
    <xsl:param name="text"/>
    <xsl:variable name="b1" select="substring-before($text, 'http://')"/>
    <xsl:variable name="b2" select="substring-before($text, 'https://')"/>
    <xsl:variable name="c1" select="contains($text, 'http://')"/>
    <xsl:variable name="c2" select="contains($text, 'https://')"/>
    <xsl:choose>
      <xsl:when test="not($c1) and not($c2)">
        <xsl:value-of select="$text"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="before">
          <xsl:choose>
            <xsl:when test="$c1 and (not($c2) or string-length($b1) &lt; string-length($b2))"><xsl:value-of select="$b1"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$b2"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:variable name="from" select="substring($text, string-length($before) + 1)"/>
        <!-- a URL ends at white space or a character that cannot be in one -->
        <xsl:variable name="cut" select="translate($from, '&#9;&#10;&#13;&lt;&gt;&quot;', '      ')"/>
        <xsl:variable name="raw" select="substring-before(concat($cut, ' '), ' ')"/>
        <xsl:variable name="url">
          <xsl:call-template name="rtrim-punct"><xsl:with-param name="s" select="$raw"/></xsl:call-template>
        </xsl:variable>
        <xsl:value-of select="$before"/>
        <xsl:choose>
          <xsl:when test="string-length(substring-after($url, '//')) &gt; 0">
            <a href="{$url}" rel="external noreferrer"><xsl:value-of select="$url"/></a>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$url"/></xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="linkify">
          <xsl:with-param name="text" select="substring($from, string-length($url) + 1)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="rtrim-punct">
    <xsl:param name="s"/>
    <xsl:variable name="last" select="substring($s, string-length($s), 1)"/>
    <xsl:choose>
      <xsl:when test="$s != '' and contains(&quot;.,;:!?)]}'&quot;, $last)">
        <xsl:call-template name="rtrim-punct"><xsl:with-param name="s" select="substring($s, 1, string-length($s) - 1)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="relation-row">
    <xsl:param name="el"/>
    <xsl:variable name="rel" select="$el/*[local-name() = 'relation']"/>
    <xsl:if test="$rel">
      <xsl:variable name="n" select="count($rel)"/>
      <xsl:variable name="limit" select="number($max-relations)"/>
      <dt>Relationen</dt>
      <dd>
        <xsl:if test="$limit &gt; 0">
          <ul class="plain rel">
            <xsl:for-each select="$rel[position() &lt;= $limit]">
              <li>
                <xsl:call-template name="coded">
                  <xsl:with-param name="list" select="'relation'"/>
                  <xsl:with-param name="n" select="*[local-name() = 'praedikat']"/>
                </xsl:call-template>
                <xsl:text> </xsl:text>
                <span class="id">
                  <xsl:value-of select="normalize-space(*[local-name() = 'objekt']/*[local-name() = 'id'])"/>
                  <xsl:if test="normalize-space(*[local-name() = 'objekt']/*[local-name() = 'version']) != ''">
                    <xsl:value-of select="concat(' V', normalize-space(*[local-name() = 'objekt']/*[local-name() = 'version']))"/>
                  </xsl:if>
                </span>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:if>
        <xsl:if test="$n &gt; $limit">
          <p class="note">
            <xsl:choose>
              <xsl:when test="$limit &gt; 0"><xsl:value-of select="concat('… und ', $n - $limit, ' weitere (insgesamt ', $n, ')')"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="concat($n, ' Relationen (nicht aufgeführt)')"/></xsl:otherwise>
            </xsl:choose>
          </p>
          <xsl:call-template name="once">
            <xsl:with-param name="el" select="$el"/>
            <xsl:with-param name="code" select="'X403'"/>
            <xsl:with-param name="severity" select="'info'"/>
            <xsl:with-param name="text" select="concat($n - $limit, ' of ', $n, ' relations not listed (max-relations=', $max-relations, ')')"/>
          </xsl:call-template>
        </xsl:if>
      </dd>
    </xsl:if>
  </xsl:template>

  <!-- A finding for a group, field or rule at its first occurrence only (the same object recurs). -->
  <xsl:template name="once">
    <xsl:param name="el"/>
    <xsl:param name="code"/>
    <xsl:param name="severity"/>
    <xsl:param name="text"/>
    <xsl:variable name="id" select="normalize-space($el/*[local-name() = 'identifikation']/*[local-name() = 'id'])"/>
    <xsl:variable name="first" select="key('fk-el', $id)[local-name($el) != 'regel'][1] | key('fk-rule', $id)[local-name($el) = 'regel'][1]"/>
    <xsl:if test="not(local-name($el) = 'datenfeld' or local-name($el) = 'datenfeldgruppe' or local-name($el) = 'regel')
                  or count($el | $first) = 1">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="$code"/>
        <xsl:with-param name="severity" select="$severity"/>
        <xsl:with-param name="text" select="$text"/>
        <xsl:with-param name="node" select="$el"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ======================================================= small helpers -->

  <xsl:template name="multiplicity">
    <xsl:param name="anzahl"/>
    <xsl:variable name="min" select="substring-before($anzahl, ':')"/>
    <xsl:variable name="max" select="substring-after($anzahl, ':')"/>
    <xsl:value-of select="$anzahl"/>
    <xsl:choose>
      <xsl:when test="not(contains($anzahl, ':'))"/>
      <xsl:when test="number($min) &gt;= 1"> Pflicht</xsl:when>
      <xsl:otherwise> optional</xsl:otherwise>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="$max = '*'">, wiederholbar</xsl:when>
      <xsl:when test="number($max) &gt; 1"><xsl:value-of select="concat(', bis ', $max, '-mal')"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- ISO date or date-time as German date, the original in datetime. -->
  <xsl:template name="date">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="string-length($value) &gt;= 10 and translate(substring($value, 1, 10), '0123456789', '') = '--'">
        <time datetime="{$value}">
          <xsl:value-of select="concat(substring($value, 9, 2), '.', substring($value, 6, 2), '.', substring($value, 1, 4))"/>
          <xsl:if test="substring($value, 11, 1) = 'T' and translate(substring($value, 12, 5), '0123456789', '') = ':'">
            <xsl:value-of select="concat(', ', substring($value, 12, 5), ' Uhr')"/>
          </xsl:if>
        </time>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="yes-no">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="normalize-space($value) = 'true' or normalize-space($value) = '1'">ja</xsl:when>
      <xsl:when test="normalize-space($value) = 'false' or normalize-space($value) = '0'">nein</xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($value)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="bytes">
    <xsl:param name="n"/>
    <xsl:value-of select="$n"/>
    <xsl:text> Byte</xsl:text>
    <xsl:choose>
      <xsl:when test="number($n) &gt;= 1048576">
        <xsl:value-of select="concat(' (', translate(format-number($n div 1048576, '0.#'), '.', ','), ' MiB)')"/>
      </xsl:when>
      <xsl:when test="number($n) &gt;= 1024">
        <xsl:value-of select="concat(' (', translate(format-number($n div 1024, '0.#'), '.', ','), ' KiB)')"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The code of a Code-typed element (or the element's text), no name. -->
  <xsl:template name="code-text">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n/*[local-name() = 'code']"><code><xsl:value-of select="normalize-space($n/*[local-name() = 'code'])"/></code></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($n)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A Code-typed element as code and name (names from the XSD code lists and the FIM status list). -->
  <xsl:template name="coded">
    <xsl:param name="list"/>
    <xsl:param name="n"/>
    <xsl:variable name="code">
      <xsl:choose>
        <xsl:when test="$n/*[local-name() = 'code']"><xsl:value-of select="normalize-space($n/*[local-name() = 'code'])"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="normalize-space($n)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="name">
      <xsl:call-template name="code-name">
        <xsl:with-param name="key" select="concat($list, '|', $code)"/>
      </xsl:call-template>
    </xsl:variable>
    <code><xsl:value-of select="$code"/></code>
    <xsl:if test="$name != ''">
      <xsl:value-of select="concat(' ', $name)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="code-name">
    <xsl:param name="key"/>
    <xsl:choose>
      <xsl:when test="$key = 'freigabestatus|1'">in Planung</xsl:when>
      <xsl:when test="$key = 'freigabestatus|2'">in Bearbeitung</xsl:when>
      <xsl:when test="$key = 'freigabestatus|3'">Entwurf</xsl:when>
      <xsl:when test="$key = 'freigabestatus|4'">methodisch freigegeben</xsl:when>
      <xsl:when test="$key = 'freigabestatus|5'">fachlich freigegeben (silber)</xsl:when>
      <xsl:when test="$key = 'freigabestatus|6'">fachlich freigegeben (gold)</xsl:when>
      <xsl:when test="$key = 'freigabestatus|7'">inaktiv</xsl:when>
      <xsl:when test="$key = 'freigabestatus|8'">vorgesehen zum Löschen</xsl:when>
      <xsl:when test="$key = 'status|aktiv'">Aktiv</xsl:when>
      <xsl:when test="$key = 'status|inaktiv'">Inaktiv</xsl:when>
      <xsl:when test="$key = 'status|inVorbereitung'">In Vorbereitung</xsl:when>
      <xsl:when test="$key = 'datentyp|text'">Text</xsl:when>
      <xsl:when test="$key = 'datentyp|text_latin'">Text (String.Latin+ 1.2, DIN SPEC 91379 Datentyp C)</xsl:when>
      <xsl:when test="$key = 'datentyp|date'">Datum</xsl:when>
      <xsl:when test="$key = 'datentyp|time'">Zeit (Stunde und Minute)</xsl:when>
      <xsl:when test="$key = 'datentyp|datetime'">Zeitpunkt (Datum und Zeit)</xsl:when>
      <xsl:when test="$key = 'datentyp|bool'">Wahrheitswert</xsl:when>
      <xsl:when test="$key = 'datentyp|num'">Nummer</xsl:when>
      <xsl:when test="$key = 'datentyp|num_int'">Ganzzahl</xsl:when>
      <xsl:when test="$key = 'datentyp|num_currency'">Geldbetrag</xsl:when>
      <xsl:when test="$key = 'datentyp|file'">Anlage (Datei)</xsl:when>
      <xsl:when test="$key = 'datentyp|obj'">Objekt (Blob)</xsl:when>
      <xsl:when test="$key = 'feldart|input'">Eingabe</xsl:when>
      <xsl:when test="$key = 'feldart|select'">Auswahl</xsl:when>
      <xsl:when test="$key = 'feldart|label'">statisch</xsl:when>
      <xsl:when test="$key = 'feldart|hidden'">versteckt</xsl:when>
      <xsl:when test="$key = 'feldart|locked'">gesperrt</xsl:when>
      <xsl:when test="$key = 'sea|ABS'">abstrakt</xsl:when>
      <xsl:when test="$key = 'sea|HAR'">harmonisiert</xsl:when>
      <xsl:when test="$key = 'sea|RNG'">rechtsnormgebunden</xsl:when>
      <xsl:when test="$key = 'gruppenart|X'">Auswahlgruppe</xsl:when>
      <xsl:when test="$key = 'regeltyp|B'">Berechnungsregel</xsl:when>
      <xsl:when test="$key = 'regeltyp|K'">Komplexe Regel</xsl:when>
      <xsl:when test="$key = 'regeltyp|M'">Multiplizitätsregel</xsl:when>
      <xsl:when test="$key = 'regeltyp|V'">Validierungsregel</xsl:when>
      <xsl:when test="$key = 'vorbefuellung|keine'">keine Vorbefüllung</xsl:when>
      <xsl:when test="$key = 'vorbefuellung|optional'">optionale Vorbefüllung</xsl:when>
      <xsl:when test="$key = 'vorbefuellung|verpflichtend'">verpflichtende Vorbefüllung</xsl:when>
      <xsl:when test="$key = 'relation|ABL'">ist abgeleitet von</xsl:when>
      <xsl:when test="$key = 'relation|ERS'">ersetzt</xsl:when>
      <xsl:when test="$key = 'relation|EQU'">ist äquivalent zu</xsl:when>
      <xsl:when test="$key = 'relation|VKN'">ist verknüpft mit</xsl:when>
      <xsl:when test="$key = 'abl-struktur|0'">nicht modifizierbar</xsl:when>
      <xsl:when test="$key = 'abl-struktur|1'">nur einschränkbar</xsl:when>
      <xsl:when test="$key = 'abl-struktur|2'">nur erweiterbar</xsl:when>
      <xsl:when test="$key = 'abl-struktur|3'">alles modifizierbar</xsl:when>
      <xsl:when test="$key = 'abl-repr|0'">nicht modifizierbar</xsl:when>
      <xsl:when test="$key = 'abl-repr|1'">modifizierbar</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================= style -->

  <xsl:template name="css">
    <xsl:text>
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #0a5aa8; --req: #b3261e; --flag: #8a5a00; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--fg); background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; overflow-wrap: break-word; }
.page { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
.skip:focus { left: .5rem; z-index: 1; }
a { color: var(--accent); }
code, .id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .9em; }
.id { color: var(--muted); overflow-wrap: anywhere; }
code.uri { overflow-wrap: anywhere; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: .25rem 0 .5rem; overflow-wrap: anywhere; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 1rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.2rem; } h4 { font-size: 1.08rem; } h5, h6 { font-size: 1rem; }
h3, h4, h5, h6 { margin: 0 0 .4rem; line-height: 1.3; overflow-wrap: anywhere; }
header.top { border-bottom: 3px solid var(--accent); padding-bottom: 1rem; }
.kicker { margin: 0; color: var(--muted); }
.status { margin: 0 0 .75rem; }
.badge { display: inline-block; padding: .1rem .6rem; border-radius: 1rem; background: var(--soft); border: 1px solid var(--line); font-size: .9rem; }
.badge.st-5, .badge.st-6, .badge.st-aktiv { background: #e6f4ea; border-color: #9bd3ae; }
.badge.st-7, .badge.st-8, .badge.st-inaktiv { background: #fdecea; border-color: #f1aeb5; }
dl.props { display: grid; grid-template-columns: minmax(8rem, 13rem) minmax(0, 1fr); gap: .3rem 1rem; margin: .5rem 0; }
dl.props dt { color: var(--muted); font-weight: 600; }
dl.props dd { margin: 0; overflow-wrap: anywhere; }
.txt { white-space: pre-line; }
ul.plain { list-style: none; margin: 0; padding: 0; }
ul.tags { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem; }
ul.tags li { background: var(--soft); border: 1px solid var(--line); border-radius: .3rem; padding: 0 .4rem; }
.tag-k { color: var(--muted); }
nav.toc { margin: 1.5rem 0; padding: .75rem 1rem; background: var(--soft); border-radius: .4rem; }
nav.toc h2 { margin: 0 0 .5rem; border: 0; font-size: 1.1rem; padding: 0; }
nav.toc ol { margin: 0; padding-left: 1.3rem; }
.el { border-left: 3px solid var(--line); padding: .5rem 0 .5rem .9rem; margin: 0 0 1rem; }
.el-group { border-left-color: var(--accent); }
.el-field { background: linear-gradient(to right, var(--soft), #fff 60%); }
.children { margin-left: .25rem; }
.kind { display: inline-block; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: #fff; background: var(--muted); border-radius: .25rem; padding: 0 .35rem; vertical-align: .15em; }
.el-group > .el-h .kind { background: var(--accent); }
.chips { margin: 0 0 .3rem; display: flex; flex-wrap: wrap; gap: .3rem; }
.chip { font-size: .85rem; border: 1px solid var(--line); border-radius: 1rem; padding: 0 .55rem; background: #fff; }
.chip.mult { border-color: var(--accent); }
.chip.art { border-color: var(--flag); }
table.values { border-collapse: collapse; width: 100%; font-size: .95rem; }
table.values th, table.values td { border: 1px solid var(--line); padding: .2rem .45rem; text-align: left; vertical-align: top; }
table.values th { background: var(--soft); }
.rules { margin: .5rem 0; }
.rule { border: 1px solid var(--line); border-radius: .4rem; padding: .5rem .75rem; margin: 0 0 .75rem; background: #fff; }
.rule-h { font-weight: 600; margin: 0 0 .3rem; }
.sub { font-weight: 600; margin: .5rem 0 .2rem; color: var(--muted); }
pre.script { background: #0f1720; color: #e6edf3; padding: .6rem .8rem; border-radius: .3rem; overflow-x: auto; margin: 0; font-size: .85rem; }
.note { color: var(--muted); font-size: .9rem; margin: .25rem 0; }
.note.flag, .note.choice { color: var(--flag); }
.empty { color: var(--muted); font-style: italic; }
form.preview { border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; max-width: 48rem; }
fieldset { border: 1px solid var(--line); border-radius: .4rem; margin: 0 0 1rem; padding: .5rem 1rem 1rem; min-width: 0; }
legend { font-weight: 600; padding: 0 .3rem; max-width: 100%; overflow-wrap: anywhere; }
.fc { margin: 0 0 1rem; }
.fc > label { display: block; font-weight: 600; margin-bottom: .2rem; }
fieldset.fc.radios { padding: .4rem .8rem .6rem; }
.radio, .check { display: flex; gap: .4rem; align-items: baseline; }
input, select { font: inherit; max-width: 100%; }
input[type=text], input[type=number], input[type=date], input[type=time], input[type=datetime-local], select { width: 100%; padding: .35rem .5rem; border: 1px solid #8c959f; border-radius: .3rem; background: #fff; }
input[type=number], input[type=date], input[type=time], input[type=datetime-local] { max-width: 18rem; }
input[readonly] { background: var(--soft); }
.is-hidden { border: 2px dashed var(--flag); border-radius: .4rem; padding: .5rem; background: #fff8e6; }
.is-locked { border-left: 3px solid var(--flag); padding-left: .5rem; }
.is-label .static { margin: 0; padding: .5rem .75rem; background: var(--soft); border-radius: .3rem; }
.req { color: var(--req); margin-left: .15rem; }
.repeat { font-weight: normal; font-size: .8rem; color: var(--accent); border: 1px solid var(--accent); border-radius: 1rem; padding: 0 .45rem; margin-left: .3rem; white-space: nowrap; }
.hint, .vhint { color: var(--muted); font-size: .9rem; margin: .2rem 0 0; }
.actions { margin: 1rem 0 0; }
button { font: inherit; padding: .35rem .9rem; border-radius: .3rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; }
button[type=reset] { background: #fff; color: var(--accent); }
input:user-invalid, select:user-invalid { border-color: var(--req); }
footer.foot { margin-top: 3rem; padding-top: .75rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
@media (max-width: 40rem) {
  .page { padding: .75rem .75rem 2rem; }
  h1 { font-size: 1.45rem; }
  dl.props { grid-template-columns: minmax(0, 1fr); gap: 0; }
  dl.props dd { margin-bottom: .45rem; }
  .el { padding-left: .6rem; }
  .children { margin-left: 0; }
  form.preview { padding: .6rem; }
  fieldset { padding: .4rem .4rem .6rem; margin-left: 0; margin-right: 0; }
}
@media print {
  body { font-size: 10.5pt; }
  .page { max-width: none; padding: 0; }
  .skip, nav.toc, .actions { display: none; }
  a { color: inherit; text-decoration: none; }
  .bezug a[href]::after { content: " &lt;" attr(href) "&gt;"; font-size: .85em; color: var(--muted); overflow-wrap: anywhere; }
  h2 { break-after: avoid; }
  .el-h, .rule-h { break-after: avoid; }
  .el-field, .rule, .fc, tr { break-inside: avoid; }
  .el-field { background: none; }
  pre.script { background: #fff; color: #000; border: 1px solid var(--line); white-space: pre-wrap; }
  #formular { break-before: page; }
  form.preview { border: 0; padding: 0; }
}
</xsl:text>
  </xsl:template>

</xsl:stylesheet>
