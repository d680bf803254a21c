<?xml version="1.0" encoding="UTF-8"?>
<!--
  xzufi-html.xsl - a readable page for the Leistungen of an XZuFi 2.2.0 or
  2.3.1 document (fimkit convert, format html).

  The page shows, per Leistung: the Leistungsbezeichnungen, ids and keys
  (Steckbrief), then per language the text modules in the order of their
  module code, with the structured modules (Unterlagen, Kosten, Fristen,
  Bearbeitungsdauer) at the places of the text modules they belong to.
  Text module HTML (escaped as text or as element content) is rendered in
  the subset p ul ol li strong em a br (b, i read as strong, em; links only
  http and https); all other markup is shown as the text it was written
  as, so nothing active reaches the page. Self-contained: inline CSS, no
  script, a Content-Security-Policy that forbids loading anything.

  Element names follow the Leistung models of XZuFi 2.2.0 and 2.3.1 as in
  fimkit's profile schemas; both spellings of renamed elements are read.

  Parameters (fimkit convert param NAME=VALUE):
    lang   two-letter language code: show only that language version;
           empty (default) shows every language, one section each.

  Findings (X4xx): X421 markup outside the subset shown as text, X422 a
  link that is not http(s) shown as text, X423 transfer objects other
  than Leistungen not shown, X424 no Leistung in the document.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:str="http://exslt.org/strings"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:fkrt="urn:fimkit:xslt:richtext"
    extension-element-prefixes="exsl str"
    exclude-result-prefixes="xsi fkrt">

  <xsl:include href="common/finding.xsl"/>
  <xsl:include href="common/richtext.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:param name="lang" select="''"/>

  <xsl:decimal-format name="de" decimal-separator="," grouping-separator="."/>

  <xsl:variable name="up" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>
  <xsl:variable name="low" select="'abcdefghijklmnopqrstuvwxyz'"/>
  <xsl:variable name="ns" select="namespace-uri(/*)"/>
  <xsl:variable name="version">
    <xsl:choose>
      <xsl:when test="contains($ns, '2_3_1')">2.3.1</xsl:when>
      <xsl:when test="contains($ns, '2_2_0')">2.2.0</xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(/*/@xzufiVersion)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="leistungen" select="//*[local-name() = 'leistung' and namespace-uri() = $ns]"/>
  <xsl:variable name="want" select="translate(normalize-space($lang), $up, $low)"/>

  <!-- Order of the content sections: text module codes, with the structured
       modules after the text module they belong to (D Dokumente, K Kosten,
       F Fristen, B Bearbeitungsdauer). 02 and 03 are the names, shown in
       the head of the Leistung. -->
  <xsl:variable name="slots" select="' 01 04 05 06 07 08 D 09 K F B 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 '"/>

  <!-- Palette and layout follow xdf-html.xsl, so that the pages of one
       process package look alike. -->
  <xsl:variable name="css">
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--accent:#0a5aa8;--flag:#8a5a00}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--fg);background:#fff;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;overflow-wrap:break-word}
.wrap{max-width:72rem;margin:0 auto;padding:0 1.25rem}
a{color:var(--accent)}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-size:.9em;overflow-wrap:anywhere}
header.top{border-bottom:3px solid var(--accent);padding:1rem 0}
.kind{margin:0;color:var(--muted)}
h1{font-size:1.8rem;line-height:1.2;margin:.25rem 0 .5rem;overflow-wrap:anywhere}
.subtitle{margin:0 0 .5rem;color:var(--muted);font-size:1.1rem}
ul.meta{display:flex;flex-wrap:wrap;gap:.2rem 1.5rem;margin:.5rem 0;padding:0;list-style:none}
ul.meta .k{color:var(--muted);font-weight:600;margin-right:.4rem}
nav.toc{margin:1rem 0 0;padding:.6rem 1rem;background:var(--soft);border-radius:.4rem;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem}
main{padding:0 0 1rem}
h2{font-size:1.4rem;margin:2.5rem 0 1rem;padding-bottom:.3rem;border-bottom:2px solid var(--line);overflow-wrap:anywhere}
h2 .sub{font-size:1rem;font-weight:400}
h3{font-size:1.2rem;margin:1.75rem 0 .4rem;line-height:1.3;overflow-wrap:anywhere}
h2 .code,h3 .code{color:var(--muted);font-weight:400;font-size:.85rem;margin-left:.5rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}
table.facts th,table.facts td{border:0;padding:.15rem 1rem .15rem 0;text-align:left;vertical-align:top}
table.facts th{width:14rem;color:var(--muted);font-weight:600}
table.data th,table.data td{border:1px solid var(--line);padding:.2rem .45rem;text-align:left;vertical-align:top}
table.data thead th{background:var(--soft)}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.tbl{overflow-x:auto;margin:.5rem 0}
.sub{display:block;color:var(--muted);font-size:.9rem}
.badge{display:inline-block;padding:0 .55rem;border-radius:1rem;background:var(--soft);border:1px solid var(--line);font-size:.85rem;margin-left:.4rem;white-space:nowrap}
.empty{color:var(--muted);font-style:italic}
ul.plain{margin:0;padding-left:1.1rem}
footer{margin-top:2rem;padding:.75rem 0 2rem;border-top:1px solid var(--line);color:var(--muted);font-size:.85rem}
@media (max-width:40rem){.wrap{padding:0 .75rem}h1{font-size:1.45rem}table.facts tr{display:block;padding:.25rem 0}table.facts th,table.facts td{display:block;width:auto;padding:0}}
@media print{nav.toc{display:none}a{color:inherit}h2,h3{break-after:avoid}tr{break-inside:avoid}}
.lead{font-size:1.1rem}
.text > :first-child{margin-top:0}
td .text > :last-child{margin-bottom:0}
.raw{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-size:.9em;color:var(--flag);background:#fff8e6}
.linkhead{margin:.75rem 0 0;font-weight:600;color:var(--muted);font-size:.9rem}
ul.links{margin:.2rem 0 .5rem;padding-left:1.3rem}
</xsl:variable>

  <!-- ================================================================ -->
  <!-- Page                                                             -->
  <!-- ================================================================ -->

  <xsl:template match="/">
    <xsl:if test="not(starts-with($ns, 'http://xoev.de/schemata/xzufi/'))">
      <xsl:call-template name="fk-fatal">
        <xsl:with-param name="text" select="concat('not an XZuFi document: root element ', name(/*), ' in namespace ', $ns)"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$want != '' and (string-length($want) != 2 or translate($want, $low, '') != '')">
      <xsl:call-template name="fk-fatal">
        <xsl:with-param name="text" select="concat('parameter lang: expected a two-letter language code, got &quot;', $lang, '&quot;')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="report-skipped"/>
    <xsl:variable name="title">
      <xsl:choose>
        <xsl:when test="count($leistungen) = 1">
          <xsl:apply-templates select="$leistungen" mode="title"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="concat(count($leistungen), ' Leistungen')"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="de">
      <xsl:text>&#10;</xsl:text>
      <head>
        <xsl:text>&#10;</xsl:text>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <xsl:text>&#10;</xsl:text>
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/>
        <xsl:text>&#10;</xsl:text>
        <meta name="generator" content="fimkit"/>
        <xsl:text>&#10;</xsl:text>
        <title><xsl:value-of select="concat('Leistung: ', $title)"/></title>
        <xsl:text>&#10;</xsl:text>
        <style><xsl:value-of select="$css"/></style>
        <xsl:text>&#10;</xsl:text>
      </head>
      <xsl:text>&#10;</xsl:text>
      <body>
        <xsl:text>&#10;</xsl:text>
        <xsl:choose>
          <xsl:when test="count($leistungen) = 0">
            <header class="top"><div class="wrap">
              <p class="kind"><xsl:value-of select="concat('XZuFi ', $version)"/></p>
              <h1>Keine Leistung enthalten</h1>
            </div></header>
            <xsl:text>&#10;</xsl:text>
            <main class="wrap"><section class="card"><p class="empty">
              <xsl:text>Das Dokument enthält keine Leistung. Andere Transferobjekte (Organisationseinheiten, Onlinedienste, Zuständigkeiten) und Löschaufträge stellt diese Seite nicht dar.</xsl:text>
            </p></section></main>
            <xsl:text>&#10;</xsl:text>
          </xsl:when>
          <xsl:otherwise>
            <xsl:for-each select="$leistungen">
              <xsl:apply-templates select="." mode="page">
                <xsl:with-param name="pos" select="position()"/>
              </xsl:apply-templates>
            </xsl:for-each>
          </xsl:otherwise>
        </xsl:choose>
        <footer class="wrap">
          <xsl:value-of select="concat('Erzeugt mit fimkit convert aus einem XZuFi-', $version, '-Dokument (', local-name(/*), ').')"/>
        </footer>
        <xsl:text>&#10;</xsl:text>
      </body>
      <xsl:text>&#10;</xsl:text>
    </html>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="report-skipped">
    <xsl:variable name="others" select="//*[local-name() = 'schreibe' and namespace-uri() = $ns]/*[local-name() != 'leistung']"/>
    <xsl:if test="$others">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X423'"/>
        <xsl:with-param name="severity" select="'info'"/>
        <xsl:with-param name="text" select="concat(count($others), ' transfer object(s) other than Leistung (', local-name($others[1]), ' ...) are not shown')"/>
        <xsl:with-param name="node" select="$others[1]"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="not($leistungen)">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X424'"/>
        <xsl:with-param name="severity" select="'warning'"/>
        <xsl:with-param name="text" select="'the document contains no Leistung; the page is empty'"/>
        <xsl:with-param name="node" select="/*"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The display name: module 02 (else 03) in the first language. -->
  <xsl:template match="*" mode="title">
    <xsl:variable name="langs">
      <xsl:call-template name="languages"/>
    </xsl:variable>
    <xsl:variable name="first" select="exsl:node-set($langs)/l[1]"/>
    <xsl:variable name="names" select="*[local-name() = 'modulText'][*[local-name() = 'leikaTextmodul']/code = '02']/*[local-name() = 'inhalt']"/>
    <xsl:variable name="names2" select="*[local-name() = 'modulText'][*[local-name() = 'leikaTextmodul']/code = '03']/*[local-name() = 'inhalt']"/>
    <xsl:variable name="n1" select="$names[translate(@languageCode, $up, $low) = $first]"/>
    <xsl:variable name="n2" select="$names2[translate(@languageCode, $up, $low) = $first]"/>
    <xsl:choose>
      <xsl:when test="normalize-space($n1[1]) != ''"><xsl:value-of select="normalize-space($n1[1])"/></xsl:when>
      <xsl:when test="normalize-space($names[1]) != ''"><xsl:value-of select="normalize-space($names[1])"/></xsl:when>
      <xsl:when test="normalize-space($n2[1]) != ''"><xsl:value-of select="normalize-space($n2[1])"/></xsl:when>
      <xsl:when test="normalize-space($names2[1]) != ''"><xsl:value-of select="normalize-space($names2[1])"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('Leistung ', normalize-space(*[local-name() = 'id']))"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The languages of a Leistung as <l> elements: de first, then the
       others in alphabetical order; only $want when it is set. -->
  <xsl:template name="languages">
    <xsl:variable name="all">
      <xsl:for-each select=".//@languageCode | .//*[local-name() = 'sprachversion']/*[local-name() = 'languageCode']">
        <xsl:sort select="translate(normalize-space(.), $up, $low) != 'de'"/>
        <xsl:sort select="translate(normalize-space(.), $up, $low)"/>
        <l><xsl:value-of select="translate(normalize-space(.), $up, $low)"/></l>
      </xsl:for-each>
    </xsl:variable>
    <xsl:for-each select="exsl:node-set($all)/l[. != ''][not(. = preceding-sibling::l)]">
      <xsl:if test="$want = '' or . = $want">
        <l><xsl:value-of select="."/></l>
      </xsl:if>
    </xsl:for-each>
    <xsl:if test="not(exsl:node-set($all)/l[. != ''])">
      <l>
        <xsl:choose>
          <xsl:when test="$want != ''"><xsl:value-of select="$want"/></xsl:when>
          <xsl:otherwise>de</xsl:otherwise>
        </xsl:choose>
      </l>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- One Leistung                                                     -->
  <!-- ================================================================ -->

  <xsl:template match="*" mode="page">
    <xsl:param name="pos"/>
    <xsl:variable name="langs-rtf">
      <xsl:call-template name="languages"/>
    </xsl:variable>
    <xsl:variable name="langs" select="exsl:node-set($langs-rtf)/l"/>
    <xsl:variable name="primary" select="string($langs[1])"/>
    <xsl:variable name="title">
      <xsl:apply-templates select="." mode="title"/>
    </xsl:variable>
    <xsl:variable name="id" select="normalize-space(*[local-name() = 'id'])"/>
    <xsl:variable name="anchor" select="concat('l', $pos)"/>
    <xsl:variable name="info" select="*[local-name() = 'versionsinformation' or local-name() = 'versionsinformationen']"/>
    <header class="top" id="{$anchor}">
      <div class="wrap">
        <p class="kind"><xsl:value-of select="concat('Leistung · XZuFi ', $version)"/></p>
        <h1><xsl:value-of select="$title"/></h1>
        <xsl:variable name="name2" select="*[local-name() = 'modulText'][*[local-name() = 'leikaTextmodul']/code = '03']/*[local-name() = 'inhalt'][translate(@languageCode, $up, $low) = $primary or not(@languageCode)][1]"/>
        <xsl:if test="normalize-space($name2) != '' and normalize-space($name2) != $title">
          <p class="subtitle"><xsl:value-of select="normalize-space($name2)"/></p>
        </xsl:if>
        <ul class="meta">
          <li><span class="k">ID</span><code><xsl:value-of select="$id"/></code>
            <xsl:if test="*[local-name() = 'id']/@schemeAgencyID">
              <xsl:value-of select="concat(' (', *[local-name() = 'id']/@schemeAgencyID, ')')"/>
            </xsl:if>
          </li>
          <xsl:for-each select="*[local-name() = 'referenzLeiKa']/code | *[local-name() = 'referenzLeistungsschluessel']">
            <li><span class="k">Leistungsschlüssel</span><code><xsl:value-of select="normalize-space(.)"/></code></li>
          </xsl:for-each>
          <xsl:if test="normalize-space($info/*[local-name() = 'version']) != ''">
            <li><span class="k">Version</span><xsl:value-of select="normalize-space($info/*[local-name() = 'version'])"/></li>
          </xsl:if>
          <xsl:if test="normalize-space($info/*[local-name() = 'geaendertDatumZeit']) != ''">
            <li><span class="k">Geändert</span><xsl:value-of select="normalize-space($info/*[local-name() = 'geaendertDatumZeit'])"/></li>
          </xsl:if>
          <li><span class="k">Sprachen</span>
            <xsl:for-each select="$langs">
              <xsl:if test="position() &gt; 1">, </xsl:if>
              <xsl:value-of select="."/>
            </xsl:for-each>
          </li>
        </ul>
        <nav class="toc">
          <a href="#{$anchor}-steckbrief">Steckbrief</a>
          <xsl:for-each select="$langs">
            <a href="#{$anchor}-{.}">
              <xsl:choose>
                <xsl:when test="count($langs) &gt; 1"><xsl:value-of select="concat('Inhalte (', ., ')')"/></xsl:when>
                <xsl:otherwise>Inhalte</xsl:otherwise>
              </xsl:choose>
            </a>
          </xsl:for-each>
        </nav>
      </div>
    </header>
    <xsl:text>&#10;</xsl:text>
    <main class="wrap">
      <xsl:text>&#10;</xsl:text>
      <xsl:apply-templates select="." mode="steckbrief">
        <xsl:with-param name="anchor" select="$anchor"/>
        <xsl:with-param name="primary" select="$primary"/>
      </xsl:apply-templates>
      <xsl:variable name="leistung" select="."/>
      <xsl:for-each select="$langs">
        <xsl:apply-templates select="$leistung" mode="content">
          <xsl:with-param name="lang" select="string(.)"/>
          <xsl:with-param name="primary" select="$primary"/>
          <xsl:with-param name="anchor" select="concat($anchor, '-', .)"/>
          <xsl:with-param name="several" select="count($langs) &gt; 1"/>
        </xsl:apply-templates>
      </xsl:for-each>
    </main>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Steckbrief: ids, keys, classification, validity                  -->
  <!-- ================================================================ -->

  <xsl:template match="*" mode="steckbrief">
    <xsl:param name="anchor"/>
    <xsl:param name="primary"/>
    <xsl:variable name="id" select="*[local-name() = 'id']"/>
    <xsl:variable name="info" select="*[local-name() = 'versionsinformation' or local-name() = 'versionsinformationen']"/>
    <section class="card" id="{$anchor}-steckbrief">
      <h2>Steckbrief</h2>
      <div class="tbl"><table class="facts"><tbody>
        <xsl:call-template name="fact">
          <xsl:with-param name="k" select="'Leistungs-ID'"/>
          <xsl:with-param name="v">
            <code><xsl:value-of select="normalize-space($id)"/></code>
            <xsl:call-template name="scheme"><xsl:with-param name="id" select="$id"/></xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ids">
          <xsl:with-param name="k" select="'Sekundäre IDs'"/>
          <xsl:with-param name="ids" select="*[local-name() = 'idSekundaer']"/>
        </xsl:call-template>
        <xsl:for-each select="*[local-name() = 'modulText'][*[local-name() = 'leikaTextmodul']/code = '02' or *[local-name() = 'leikaTextmodul']/code = '03']">
          <xsl:sort select="*[local-name() = 'leikaTextmodul']/code"/>
          <xsl:variable name="k">
            <xsl:call-template name="module-name"/>
          </xsl:variable>
          <xsl:for-each select="*[local-name() = 'inhalt']">
            <xsl:call-template name="fact">
              <xsl:with-param name="k" select="$k"/>
              <xsl:with-param name="v">
                <xsl:value-of select="normalize-space(.)"/>
                <xsl:if test="@languageCode"><span class="badge"><xsl:value-of select="@languageCode"/></span></xsl:if>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:for-each>
        <xsl:call-template name="ids">
          <xsl:with-param name="k" select="'Leistungsschlüssel'"/>
          <xsl:with-param name="ids" select="*[local-name() = 'referenzLeiKa']/code | *[local-name() = 'referenzLeistungsschluessel']"/>
        </xsl:call-template>
        <xsl:apply-templates select="*[local-name() = 'struktur']" mode="struktur"/>
        <xsl:call-template name="codes">
          <xsl:with-param name="k" select="'Typisierung'"/>
          <xsl:with-param name="c" select="*[local-name() = 'typisierung']"/>
        </xsl:call-template>
        <xsl:call-template name="codes">
          <xsl:with-param name="k" select="'Leistungsadressat'"/>
          <xsl:with-param name="c" select="*[local-name() = 'leistungsadressat']"/>
        </xsl:call-template>
        <xsl:call-template name="codes">
          <xsl:with-param name="k" select="'Vertrauensniveau'"/>
          <xsl:with-param name="c" select="*[local-name() = 'vertrauensniveau']"/>
        </xsl:call-template>
        <xsl:call-template name="codes">
          <xsl:with-param name="k" select="'Status Katalog'"/>
          <xsl:with-param name="c" select="*[local-name() = 'statusKatalog']"/>
        </xsl:call-template>
        <xsl:call-template name="codes">
          <xsl:with-param name="k" select="'Status Bibliothek'"/>
          <xsl:with-param name="c" select="*[local-name() = 'statusBibliothek']"/>
        </xsl:call-template>
        <xsl:call-template name="codes">
          <xsl:with-param name="k" select="'Detailstufe'"/>
          <xsl:with-param name="c" select="*[local-name() = 'detailstufe']"/>
        </xsl:call-template>
        <xsl:call-template name="codes">
          <xsl:with-param name="k" select="'Bezugsort'"/>
          <xsl:with-param name="c" select="*[local-name() = 'bezugsortTyp']"/>
        </xsl:call-template>
        <xsl:for-each select="*[starts-with(local-name(), 'kennzeichen')]">
          <xsl:call-template name="fact">
            <xsl:with-param name="k">
              <xsl:call-template name="flag-label"><xsl:with-param name="n" select="local-name()"/></xsl:call-template>
            </xsl:with-param>
            <xsl:with-param name="v">
              <xsl:call-template name="yes-no"><xsl:with-param name="b" select="."/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:call-template name="codes">
          <xsl:with-param name="k" select="'Einheitliche Stelle'"/>
          <xsl:with-param name="c" select="*[local-name() = 'durchfuehrbarEinheitlicheStelle']"/>
        </xsl:call-template>
        <xsl:if test="*[local-name() = 'kategorie']">
          <xsl:call-template name="fact">
            <xsl:with-param name="k" select="'Kategorien'"/>
            <xsl:with-param name="v">
              <xsl:for-each select="*[local-name() = 'kategorie']">
                <xsl:if test="position() &gt; 1"><br/></xsl:if>
                <xsl:variable name="b" select="*[local-name() = 'bezeichnung'][translate(@languageCode, $up, $low) = $primary or not(@languageCode)][1]"/>
                <xsl:value-of select="normalize-space($b)"/>
                <xsl:if test="normalize-space(*[local-name() = 'id']) != ''">
                  <xsl:text> </xsl:text><code><xsl:value-of select="normalize-space(*[local-name() = 'id'])"/></code>
                </xsl:if>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="codes">
          <xsl:with-param name="k" select="'Klassifizierung'"/>
          <xsl:with-param name="c" select="*[local-name() = 'klassifizierung']"/>
        </xsl:call-template>
        <xsl:call-template name="codes">
          <xsl:with-param name="k" select="'SDG-Informationsbereich'"/>
          <xsl:with-param name="c" select="*[local-name() = 'informationsbereichSDG'] | *[local-name() = 'informationsbereicheSDG']/*"/>
        </xsl:call-template>
        <xsl:call-template name="codes">
          <xsl:with-param name="k" select="'Relevant für Rechtsform'"/>
          <xsl:with-param name="c" select="*[local-name() = 'relevantFuerRechtsform']"/>
        </xsl:call-template>
        <xsl:call-template name="codes">
          <xsl:with-param name="k" select="'Relevant für Staatsangehörigkeit'"/>
          <xsl:with-param name="c" select="*[local-name() = 'relevantFuerStaatsangehoerigkeit'][not(*[local-name() != 'code' and local-name() != 'name'])] | *[local-name() = 'relevantFuerStaatsangehoerigkeit']/*[local-name() = 'staatsangehoerigkeit' or local-name() = 'staatengruppe']"/>
        </xsl:call-template>
        <xsl:call-template name="ids">
          <xsl:with-param name="k" select="'Prozess'"/>
          <xsl:with-param name="ids" select="*[local-name() = 'idProzess' or local-name() = 'prozessID']"/>
        </xsl:call-template>
        <xsl:call-template name="ids">
          <xsl:with-param name="k" select="'Leistung im Kontext'"/>
          <xsl:with-param name="ids" select="*[local-name() = 'idLeistungImKontext' or local-name() = 'leistungImKontextID']"/>
        </xsl:call-template>
        <xsl:call-template name="ids">
          <xsl:with-param name="k" select="'Gültig im Gebiet'"/>
          <xsl:with-param name="ids" select="*[local-name() = 'gueltigkeitGebietID']"/>
        </xsl:call-template>
        <xsl:for-each select="*[local-name() = 'herausgeber']">
          <xsl:call-template name="fact">
            <xsl:with-param name="k" select="'Herausgeber'"/>
            <xsl:with-param name="v">
              <xsl:value-of select="normalize-space(*[local-name() = 'bezeichnung'][1])"/>
              <xsl:if test="normalize-space(*[local-name() = 'id']) != ''">
                <xsl:text> </xsl:text><code><xsl:value-of select="normalize-space(*[local-name() = 'id'])"/></code>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:for-each select="*[local-name() = 'gueltigkeit']">
          <xsl:call-template name="fact">
            <xsl:with-param name="k" select="'Gültigkeit'"/>
            <xsl:with-param name="v"><xsl:call-template name="zeitraum"/></xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:for-each select="$info/*[normalize-space() != '']">
          <xsl:call-template name="fact">
            <xsl:with-param name="k">
              <xsl:call-template name="info-label"><xsl:with-param name="n" select="local-name()"/></xsl:call-template>
            </xsl:with-param>
            <xsl:with-param name="v" select="normalize-space(.)"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:if test="*[local-name() = 'sprachversion']">
          <xsl:call-template name="fact">
            <xsl:with-param name="k" select="'Sprachversionen'"/>
            <xsl:with-param name="v">
              <xsl:for-each select="*[local-name() = 'sprachversion']">
                <xsl:if test="position() &gt; 1"><br/></xsl:if>
                <code><xsl:value-of select="normalize-space(*[local-name() = 'languageCode'])"/></code>
                <xsl:variable name="n" select="normalize-space(*[local-name() = 'sprachbezeichnungDeutsch'])"/>
                <xsl:if test="$n != ''"><xsl:value-of select="concat(' ', $n)"/></xsl:if>
                <xsl:if test="*[local-name() = 'kennzeichenMaschinelleUebersetzung'] = 'true'"> (maschinell übersetzt)</xsl:if>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:for-each select="*[local-name() = 'modulFachlicheFreigabe']">
          <xsl:call-template name="fact">
            <xsl:with-param name="k" select="'Fachlich freigegeben'"/>
            <xsl:with-param name="v">
              <xsl:value-of select="normalize-space(*[local-name() = 'fachlichFreigegebenAm'])"/>
              <xsl:for-each select="*[local-name() = 'fachlichFreigegebenDurch']">
                <xsl:value-of select="concat(' durch ', normalize-space(.))"/>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:if test="*[local-name() = 'modulBegriffImKontext']/*[local-name() = 'begriffImKontext']">
          <xsl:call-template name="fact">
            <xsl:with-param name="k" select="'Begriffe im Kontext'"/>
            <xsl:with-param name="v">
              <xsl:for-each select="*[local-name() = 'modulBegriffImKontext']/*[local-name() = 'begriffImKontext']/*[local-name() = 'begriff']">
                <xsl:if test="position() &gt; 1">, </xsl:if>
                <xsl:value-of select="normalize-space(.)"/>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:for-each select="*[local-name() = 'modulUrsprungsportal']">
          <xsl:call-template name="fact">
            <xsl:with-param name="k" select="'Ursprungsportal'"/>
            <xsl:with-param name="v">
              <xsl:call-template name="link">
                <xsl:with-param name="url" select="*[local-name() = 'uri']"/>
                <xsl:with-param name="text" select="*[local-name() = 'titel']"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </tbody></table></div>
    </section>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="*" mode="struktur">
    <xsl:variable name="typ">
      <xsl:choose>
        <xsl:when test="contains(@xsi:type, ':')"><xsl:value-of select="substring-after(@xsi:type, ':')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="@xsi:type"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="fact">
      <xsl:with-param name="k" select="'Leistungsstruktur'"/>
      <xsl:with-param name="v">
        <xsl:for-each select="*">
          <xsl:if test="position() &gt; 1"><br/></xsl:if>
          <span class="sub">
            <xsl:choose>
              <xsl:when test="local-name() = 'leistungsobjektID'">Leistungsobjekt</xsl:when>
              <xsl:when test="starts-with(local-name(), 'verrichtungsdetail')">Verrichtungsdetail</xsl:when>
              <xsl:when test="starts-with(local-name(), 'verrichtung')">Verrichtung</xsl:when>
              <xsl:when test="starts-with(local-name(), 'leistungsgruppierung')">Leistungsgruppierung</xsl:when>
              <xsl:otherwise><xsl:value-of select="local-name()"/></xsl:otherwise>
            </xsl:choose>
          </span>
          <xsl:choose>
            <xsl:when test="*[local-name() != 'code' and local-name() != 'name']">
              <xsl:for-each select="*">
                <xsl:if test="position() &gt; 1">; </xsl:if>
                <xsl:call-template name="code-text"/>
              </xsl:for-each>
            </xsl:when>
            <xsl:otherwise><xsl:call-template name="code-text"/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
        <xsl:if test="contains($typ, 'Leistungsstruktur')">
          <span class="sub"><xsl:value-of select="$typ"/></span>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Content of one language                                          -->
  <!-- ================================================================ -->

  <xsl:template match="*" mode="content">
    <xsl:param name="lang"/>
    <xsl:param name="primary"/>
    <xsl:param name="anchor"/>
    <xsl:param name="several"/>
    <xsl:variable name="l" select="."/>
    <section class="card" id="{$anchor}" lang="{$lang}">
      <h2>
        <xsl:choose>
          <xsl:when test="$several">
            <xsl:variable name="sv" select="*[local-name() = 'sprachversion'][translate(*[local-name() = 'languageCode'], $up, $low) = $lang]"/>
            <xsl:variable name="name" select="*[local-name() = 'modulText'][*[local-name() = 'leikaTextmodul']/code = '02']/*[local-name() = 'inhalt'][translate(@languageCode, $up, $low) = $lang]"/>
            <xsl:value-of select="concat('Inhalte: ', normalize-space($sv/*[local-name() = 'sprachbezeichnungDeutsch']))"/>
            <xsl:if test="not(normalize-space($sv/*[local-name() = 'sprachbezeichnungDeutsch']))"><xsl:value-of select="$lang"/></xsl:if>
            <xsl:if test="normalize-space($name) != ''">
              <span class="sub"><xsl:value-of select="normalize-space($name[1])"/></span>
            </xsl:if>
          </xsl:when>
          <xsl:otherwise>Inhalte</xsl:otherwise>
        </xsl:choose>
      </h2>
      <xsl:text>&#10;</xsl:text>
      <xsl:call-template name="slots">
        <xsl:with-param name="rest" select="normalize-space($slots)"/>
        <xsl:with-param name="lang" select="$lang"/>
        <xsl:with-param name="primary" select="$primary"/>
        <xsl:with-param name="anchor" select="$anchor"/>
      </xsl:call-template>
      <!-- Text modules with codes outside the known list, by code. -->
      <xsl:for-each select="*[local-name() = 'modulText'][not(contains($slots, concat(' ', normalize-space(*[local-name() = 'leikaTextmodul']/code), ' ')))][normalize-space(*[local-name() = 'leikaTextmodul']/code) != '02' and normalize-space(*[local-name() = 'leikaTextmodul']/code) != '03']">
        <xsl:sort select="normalize-space(*[local-name() = 'leikaTextmodul']/code)"/>
        <xsl:apply-templates select="." mode="module">
          <xsl:with-param name="lang" select="$lang"/>
          <xsl:with-param name="primary" select="$primary"/>
          <xsl:with-param name="anchor" select="$anchor"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:for-each select="*[local-name() = 'modulTextIndividuell' or local-name() = 'modulAuskunftshinweis']">
        <xsl:apply-templates select="." mode="module">
          <xsl:with-param name="lang" select="$lang"/>
          <xsl:with-param name="primary" select="$primary"/>
          <xsl:with-param name="anchor" select="$anchor"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:if test="not(*[local-name() = 'modulText'][normalize-space(*[local-name() = 'leikaTextmodul']/code) != '02' and normalize-space(*[local-name() = 'leikaTextmodul']/code) != '03'] | *[local-name() = 'modulFrist' or local-name() = 'modulKosten' or local-name() = 'modulBearbeitungsdauer' or local-name() = 'modulDokument' or local-name() = 'modulTextIndividuell' or local-name() = 'modulAuskunftshinweis'])">
        <p class="empty">Keine Textmodule.</p>
      </xsl:if>
    </section>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="slots">
    <xsl:param name="rest"/>
    <xsl:param name="lang"/>
    <xsl:param name="primary"/>
    <xsl:param name="anchor"/>
    <xsl:if test="$rest != ''">
      <xsl:variable name="slot" select="substring-before(concat($rest, ' '), ' ')"/>
      <xsl:variable name="mods" select="*[local-name() = 'modulText'][normalize-space(*[local-name() = 'leikaTextmodul']/code) = $slot]
                                        | *[local-name() = 'modulDokument'][$slot = 'D']
                                        | *[local-name() = 'modulKosten'][$slot = 'K']
                                        | *[local-name() = 'modulFrist'][$slot = 'F']
                                        | *[local-name() = 'modulBearbeitungsdauer'][$slot = 'B']"/>
      <xsl:for-each select="$mods">
        <xsl:sort select="number(*[local-name() = 'positionDarstellung'])" data-type="number"/>
        <xsl:apply-templates select="." mode="module">
          <xsl:with-param name="lang" select="$lang"/>
          <xsl:with-param name="primary" select="$primary"/>
          <xsl:with-param name="anchor" select="$anchor"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:call-template name="slots">
        <xsl:with-param name="rest" select="substring-after($rest, ' ')"/>
        <xsl:with-param name="lang" select="$lang"/>
        <xsl:with-param name="primary" select="$primary"/>
        <xsl:with-param name="anchor" select="$anchor"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The heading of a module: its name, the code, the access channel. -->
  <xsl:template name="module-head">
    <xsl:param name="anchor"/>
    <xsl:param name="name"/>
    <xsl:param name="code"/>
    <xsl:param name="key"/>
    <h3 id="{$anchor}-{$key}">
      <xsl:value-of select="$name"/>
      <xsl:if test="$code != ''"><span class="code"><xsl:value-of select="$code"/></span></xsl:if>
      <xsl:if test="*[local-name() = 'zugangskanal']">
        <span class="badge"><xsl:value-of select="concat('Zugangskanal ', normalize-space(*[local-name() = 'zugangskanal']))"/></span>
      </xsl:if>
    </h3>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="*[local-name() = 'modulText' or local-name() = 'modulTextIndividuell' or local-name() = 'modulAuskunftshinweis']" mode="module">
    <xsl:param name="lang"/>
    <xsl:param name="primary"/>
    <xsl:param name="anchor"/>
    <!-- Nothing in this language: no heading either. -->
    <xsl:if test="*[local-name() = 'inhalt'][translate(@languageCode, $up, $low) = $lang or (not(@languageCode) and $lang = $primary)][normalize-space(.) != '' or *]
                  or *[local-name() = 'weiterfuehrenderLink'][translate(@languageCode, $up, $low) = $lang or not(@languageCode)]">
    <xsl:variable name="code" select="normalize-space(*[local-name() = 'leikaTextmodul']/code)"/>
    <xsl:variable name="other" select="*[local-name() = 'leikaTextmodulAbweichendeBezeichnung'][translate(@languageCode, $up, $low) = $lang or (not(@languageCode) and $lang = $primary)]"/>
    <xsl:call-template name="module-head">
      <xsl:with-param name="anchor" select="$anchor"/>
      <xsl:with-param name="name">
        <xsl:choose>
          <xsl:when test="normalize-space($other[1]) != ''"><xsl:value-of select="normalize-space($other[1])"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="module-name"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="code">
        <xsl:choose>
          <xsl:when test="$code != ''"><xsl:value-of select="concat('Textmodul ', $code)"/></xsl:when>
          <xsl:when test="*[local-name() = 'individuellesTextmodultyp']">
            <xsl:value-of select="concat('individuell ', normalize-space(*[local-name() = 'individuellesTextmodultyp']/code))"/>
          </xsl:when>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="key">
        <xsl:choose>
          <xsl:when test="$code != ''"><xsl:value-of select="concat('m', $code, '-', count(preceding-sibling::*[local-name() = 'modulText'][normalize-space(*[local-name() = 'leikaTextmodul']/code) = $code]) + 1)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat(local-name(), '-', count(preceding-sibling::*[local-name() = local-name(current())]) + 1)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="rich-for-lang">
      <xsl:with-param name="nodes" select="*[local-name() = 'inhalt']"/>
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="primary" select="$primary"/>
      <xsl:with-param name="lead" select="$code = '24' or $code = '05'"/>
    </xsl:call-template>
    <xsl:call-template name="links">
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="primary" select="$primary"/>
    </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*[local-name() = 'modulKosten']" mode="module">
    <xsl:param name="lang"/>
    <xsl:param name="primary"/>
    <xsl:param name="anchor"/>
    <xsl:call-template name="module-head">
      <xsl:with-param name="anchor" select="$anchor"/>
      <xsl:with-param name="name" select="'Kosten'"/>
      <xsl:with-param name="key" select="concat('kosten-', count(preceding-sibling::*[local-name() = 'modulKosten']) + 1)"/>
    </xsl:call-template>
    <xsl:call-template name="rich-for-lang">
      <xsl:with-param name="nodes" select="*[local-name() = 'beschreibung']"/>
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="primary" select="$primary"/>
    </xsl:call-template>
    <xsl:if test="*[local-name() = 'kosten']">
      <div class="tbl"><table class="data">
        <thead><tr><th>Kostenart</th><th>Betrag</th><th>Erläuterung</th></tr></thead>
        <tbody>
          <xsl:for-each select="*[local-name() = 'kosten']">
            <xsl:sort select="number(*[local-name() = 'positionDarstellung'])" data-type="number"/>
            <xsl:variable name="sel" select="*[local-name() = 'kostenauswahl']"/>
            <xsl:variable name="t" select="substring-after(concat(':', $sel/@xsi:type), ':')"/>
            <xsl:variable name="t2" select="substring-after($t, ':')"/>
            <xsl:variable name="kind">
              <xsl:choose>
                <xsl:when test="contains($sel/@xsi:type, 'KostenFrei') or $sel/*[local-name() = 'beschreibungKostenfreiheit']">frei</xsl:when>
                <xsl:when test="contains($sel/@xsi:type, 'KostenVariabel') or $sel/*[local-name() = 'betragUntergrenze' or local-name() = 'betragObergrenze']">variabel</xsl:when>
                <xsl:when test="contains($sel/@xsi:type, 'KostenFix') or $sel/*[local-name() = 'betrag']">fix</xsl:when>
              </xsl:choose>
            </xsl:variable>
            <tr>
              <td><xsl:for-each select="*[local-name() = 'typ']"><xsl:call-template name="code-text"/></xsl:for-each></td>
              <td>
                <xsl:choose>
                  <xsl:when test="$kind = 'frei'">kostenfrei</xsl:when>
                  <xsl:when test="$kind = 'fix'">
                    <xsl:call-template name="amount"><xsl:with-param name="a" select="$sel/*[local-name() = 'betrag']"/></xsl:call-template>
                  </xsl:when>
                  <xsl:when test="$kind = 'variabel'">
                    <xsl:choose>
                      <xsl:when test="$sel/*[local-name() = 'betragUntergrenze'] and $sel/*[local-name() = 'betragObergrenze']">
                        <xsl:call-template name="amount"><xsl:with-param name="a" select="$sel/*[local-name() = 'betragUntergrenze']"/></xsl:call-template>
                        <xsl:text> bis </xsl:text>
                        <xsl:call-template name="amount"><xsl:with-param name="a" select="$sel/*[local-name() = 'betragObergrenze']"/></xsl:call-template>
                      </xsl:when>
                      <xsl:when test="$sel/*[local-name() = 'betragUntergrenze']">
                        <xsl:text>ab </xsl:text>
                        <xsl:call-template name="amount"><xsl:with-param name="a" select="$sel/*[local-name() = 'betragUntergrenze']"/></xsl:call-template>
                      </xsl:when>
                      <xsl:when test="$sel/*[local-name() = 'betragObergrenze']">
                        <xsl:text>bis </xsl:text>
                        <xsl:call-template name="amount"><xsl:with-param name="a" select="$sel/*[local-name() = 'betragObergrenze']"/></xsl:call-template>
                      </xsl:when>
                      <xsl:otherwise>variabel</xsl:otherwise>
                    </xsl:choose>
                  </xsl:when>
                  <xsl:otherwise><xsl:value-of select="normalize-space($sel)"/></xsl:otherwise>
                </xsl:choose>
                <xsl:if test="*[local-name() = 'vorkasse'] = 'true'"><span class="sub">Vorkasse</span></xsl:if>
              </td>
              <td>
                <xsl:call-template name="plain-for-lang">
                  <xsl:with-param name="nodes" select="$sel/*[local-name() = 'beschreibungKostenfreiheit' or local-name() = 'beschreibungVariabilitaet']"/>
                  <xsl:with-param name="lang" select="$lang"/>
                  <xsl:with-param name="primary" select="$primary"/>
                </xsl:call-template>
                <xsl:call-template name="rich-for-lang">
                  <xsl:with-param name="nodes" select="*[local-name() = 'beschreibung']"/>
                  <xsl:with-param name="lang" select="$lang"/>
                  <xsl:with-param name="primary" select="$primary"/>
                </xsl:call-template>
                <xsl:for-each select="*[local-name() = 'linkKostenbildung']">
                  <span class="sub">
                    <xsl:choose>
                      <xsl:when test="*[local-name() = 'uri']">
                        <xsl:call-template name="link">
                          <xsl:with-param name="url" select="*[local-name() = 'uri']"/>
                          <xsl:with-param name="text" select="*[local-name() = 'titel']"/>
                        </xsl:call-template>
                      </xsl:when>
                      <xsl:otherwise>
                        <xsl:call-template name="link"><xsl:with-param name="url" select="."/></xsl:call-template>
                      </xsl:otherwise>
                    </xsl:choose>
                  </span>
                </xsl:for-each>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table></div>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
    <xsl:call-template name="links">
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="primary" select="$primary"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="*[local-name() = 'modulFrist' or local-name() = 'modulBearbeitungsdauer']" mode="module">
    <xsl:param name="lang"/>
    <xsl:param name="primary"/>
    <xsl:param name="anchor"/>
    <xsl:variable name="frist" select="local-name() = 'modulFrist'"/>
    <xsl:call-template name="module-head">
      <xsl:with-param name="anchor" select="$anchor"/>
      <xsl:with-param name="name">
        <xsl:choose>
          <xsl:when test="$frist">Fristen</xsl:when>
          <xsl:otherwise>Bearbeitungsdauer</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="key" select="concat(local-name(), '-', count(preceding-sibling::*[local-name() = local-name(current())]) + 1)"/>
    </xsl:call-template>
    <xsl:variable name="items" select="*[local-name() = 'frist' or local-name() = 'bearbeitungsdauer']"/>
    <xsl:if test="$items">
      <div class="tbl"><table class="data">
        <thead><tr>
          <xsl:if test="$frist"><th>Fristart</th></xsl:if>
          <th>Dauer</th><th>Erläuterung</th>
        </tr></thead>
        <tbody>
          <xsl:for-each select="$items">
            <xsl:sort select="number(*[local-name() = 'positionDarstellung'])" data-type="number"/>
            <tr>
              <xsl:if test="$frist">
                <td><xsl:for-each select="*[local-name() = 'typ']"><xsl:call-template name="code-text"/></xsl:for-each></td>
              </xsl:if>
              <td><xsl:call-template name="fristauswahl"><xsl:with-param name="f" select="*[local-name() = 'fristauswahl']"/></xsl:call-template></td>
              <td>
                <xsl:call-template name="rich-for-lang">
                  <xsl:with-param name="nodes" select="*[local-name() = 'beschreibung']"/>
                  <xsl:with-param name="lang" select="$lang"/>
                  <xsl:with-param name="primary" select="$primary"/>
                </xsl:call-template>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table></div>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
    <xsl:call-template name="rich-for-lang">
      <xsl:with-param name="nodes" select="*[local-name() = 'beschreibung']"/>
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="primary" select="$primary"/>
    </xsl:call-template>
    <xsl:call-template name="links">
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="primary" select="$primary"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="*[local-name() = 'modulDokument']" mode="module">
    <xsl:param name="lang"/>
    <xsl:param name="primary"/>
    <xsl:param name="anchor"/>
    <xsl:call-template name="module-head">
      <xsl:with-param name="anchor" select="$anchor"/>
      <xsl:with-param name="name" select="'Dokumente'"/>
      <xsl:with-param name="key" select="concat('dokumente-', count(preceding-sibling::*[local-name() = 'modulDokument']) + 1)"/>
    </xsl:call-template>
    <xsl:call-template name="rich-for-lang">
      <xsl:with-param name="nodes" select="*[local-name() = 'beschreibung']"/>
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="primary" select="$primary"/>
    </xsl:call-template>
    <xsl:call-template name="documents">
      <xsl:with-param name="title" select="'Einzureichende Unterlagen'"/>
      <xsl:with-param name="docs" select="*[local-name() = 'dokumentEingehend']"/>
      <xsl:with-param name="intro" select="*[local-name() = 'beschreibungEingehend']"/>
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="primary" select="$primary"/>
    </xsl:call-template>
    <xsl:call-template name="documents">
      <xsl:with-param name="title" select="'Ausgehende Dokumente'"/>
      <xsl:with-param name="docs" select="*[local-name() = 'dokumentAusgehend']"/>
      <xsl:with-param name="intro" select="*[local-name() = 'beschreibungAusgehend']"/>
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="primary" select="$primary"/>
    </xsl:call-template>
    <xsl:call-template name="links">
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="primary" select="$primary"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="documents">
    <xsl:param name="title"/>
    <xsl:param name="docs"/>
    <xsl:param name="intro"/>
    <xsl:param name="lang"/>
    <xsl:param name="primary"/>
    <xsl:if test="$docs or $intro">
      <p><strong><xsl:value-of select="$title"/></strong></p>
      <xsl:call-template name="rich-for-lang">
        <xsl:with-param name="nodes" select="$intro"/>
        <xsl:with-param name="lang" select="$lang"/>
        <xsl:with-param name="primary" select="$primary"/>
      </xsl:call-template>
      <xsl:if test="$docs">
        <div class="tbl"><table class="data">
          <thead><tr><th>Dokument</th><th>Art</th><th>Formular</th><th>Erläuterung</th></tr></thead>
          <tbody>
            <xsl:for-each select="$docs">
              <!-- 2.3.1 wraps an incoming document with its flags. -->
              <xsl:variable name="d" select="(self::*[not(*[local-name() = 'dokument'])] | *[local-name() = 'dokument'])[1]"/>
              <tr>
                <td>
                  <xsl:call-template name="plain-for-lang">
                    <xsl:with-param name="nodes" select="$d/*[local-name() = 'bezeichnung']"/>
                    <xsl:with-param name="lang" select="$lang"/>
                    <xsl:with-param name="primary" select="$primary"/>
                  </xsl:call-template>
                  <xsl:if test="*[local-name() = 'pflichtangabetyp']">
                    <span class="sub"><xsl:value-of select="concat('Pflichtangabe ', normalize-space(*[local-name() = 'pflichtangabetyp']))"/></span>
                  </xsl:if>
                  <xsl:if test="*[local-name() = 'kennzeichenAusloeser'] = 'true'"><span class="sub">Auslöser</span></xsl:if>
                </td>
                <td><xsl:for-each select="$d/*[local-name() = 'typ' or local-name() = 'art']"><xsl:call-template name="code-text"/></xsl:for-each></td>
                <td>
                  <xsl:for-each select="$d/*[local-name() = 'referenzFormularID' or local-name() = 'formularReferenz']">
                    <xsl:if test="position() &gt; 1"><br/></xsl:if>
                    <code><xsl:value-of select="normalize-space(.)"/></code>
                    <xsl:call-template name="scheme"><xsl:with-param name="id" select="."/></xsl:call-template>
                  </xsl:for-each>
                </td>
                <td>
                  <xsl:call-template name="rich-for-lang">
                    <xsl:with-param name="nodes" select="$d/*[local-name() = 'beschreibung']"/>
                    <xsl:with-param name="lang" select="$lang"/>
                    <xsl:with-param name="primary" select="$primary"/>
                  </xsl:call-template>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table></div>
        <xsl:text>&#10;</xsl:text>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Text                                                             -->
  <!-- ================================================================ -->

  <!-- Rich text of the nodes in language lang (nodes without a language
       count as the first language). -->
  <xsl:template name="rich-for-lang">
    <xsl:param name="nodes"/>
    <xsl:param name="lang"/>
    <xsl:param name="primary"/>
    <xsl:param name="lead" select="false()"/>
    <xsl:for-each select="$nodes[translate(@languageCode, $up, $low) = $lang or (not(@languageCode) and $lang = $primary)][normalize-space(.) != '' or *]">
      <xsl:variable name="t">
        <xsl:call-template name="fk-rt-tree">
          <xsl:with-param name="node" select="."/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:variable name="tree" select="exsl:node-set($t)"/>
      <xsl:call-template name="rich-findings">
        <xsl:with-param name="tree" select="$tree"/>
      </xsl:call-template>
      <div>
        <xsl:attribute name="class">
          <xsl:choose>
            <xsl:when test="$lead">text lead</xsl:when>
            <xsl:otherwise>text</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:choose>
          <xsl:when test="$tree/p | $tree/ul | $tree/ol | $tree/li">
            <xsl:apply-templates select="$tree/node()" mode="rt"/>
          </xsl:when>
          <xsl:otherwise>
            <p><xsl:apply-templates select="$tree/node()" mode="rt"/></p>
          </xsl:otherwise>
        </xsl:choose>
      </div>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="rich-findings">
    <xsl:param name="tree"/>
    <xsl:if test="$tree//fkrt:raw">
      <xsl:variable name="what">
        <xsl:call-template name="fk-rt-raw-summary">
          <xsl:with-param name="tree" select="$tree"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X421'"/>
        <xsl:with-param name="severity" select="'warning'"/>
        <xsl:with-param name="text" select="concat('markup outside the HTML subset is shown as text in ', local-name(..), '/', local-name(), ': ', $what)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Plain text in language lang; names of documents fall back to the
       first language, so that a row is never left without one. -->
  <xsl:template name="plain-for-lang">
    <xsl:param name="nodes"/>
    <xsl:param name="lang"/>
    <xsl:param name="primary"/>
    <xsl:variable name="mine" select="$nodes[translate(@languageCode, $up, $low) = $lang or (not(@languageCode) and $lang = $primary)][normalize-space(.) != '']"/>
    <xsl:variable name="first" select="$nodes[translate(@languageCode, $up, $low) = $primary or not(@languageCode)][normalize-space(.) != '']"/>
    <xsl:for-each select="$mine | $first[not($mine)]">
      <xsl:if test="position() &gt; 1"><br/></xsl:if>
      <xsl:value-of select="normalize-space(.)"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="p | ul | ol | li | strong | em" mode="rt">
    <xsl:element name="{local-name()}">
      <xsl:apply-templates mode="rt"/>
    </xsl:element>
    <xsl:if test="self::p or self::ul or self::ol"><xsl:text>&#10;</xsl:text></xsl:if>
  </xsl:template>

  <xsl:template match="br" mode="rt"><br/></xsl:template>

  <xsl:template match="a" mode="rt">
    <a href="{@href}" rel="noopener noreferrer"><xsl:apply-templates mode="rt"/></a>
  </xsl:template>

  <xsl:template match="fkrt:raw" mode="rt">
    <span class="raw"><xsl:value-of select="."/></span>
  </xsl:template>

  <xsl:template match="text()" mode="rt">
    <xsl:value-of select="."/>
  </xsl:template>

  <!-- Further links of a module (weiterfuehrenderLink) in language lang. -->
  <xsl:template name="links">
    <xsl:param name="lang"/>
    <xsl:param name="primary"/>
    <xsl:variable name="ls" select="*[local-name() = 'weiterfuehrenderLink'][translate(@languageCode, $up, $low) = $lang or not(@languageCode)]"/>
    <xsl:if test="$ls">
      <p class="linkhead">Weiterführende Links</p>
      <ul class="links">
        <xsl:for-each select="$ls">
          <xsl:sort select="number(*[local-name() = 'positionDarstellung'])" data-type="number"/>
          <li>
            <xsl:call-template name="link">
              <xsl:with-param name="url" select="*[local-name() = 'uri']"/>
              <xsl:with-param name="text" select="*[local-name() = 'titel']"/>
            </xsl:call-template>
            <xsl:if test="normalize-space(*[local-name() = 'beschreibung']) != ''">
              <span class="sub"><xsl:value-of select="normalize-space(*[local-name() = 'beschreibung'])"/></span>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ul>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- A link for an http(s) URL; anything else is shown as text. -->
  <xsl:template name="link">
    <xsl:param name="url"/>
    <xsl:param name="text" select="''"/>
    <xsl:variable name="u" select="normalize-space($url)"/>
    <xsl:variable name="label">
      <xsl:choose>
        <xsl:when test="normalize-space($text) != ''"><xsl:value-of select="normalize-space($text)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$u"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="ok">
      <xsl:call-template name="fk-rt-url-ok">
        <xsl:with-param name="url" select="$u"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$ok = 'yes'">
        <a href="{$u}" rel="noopener noreferrer"><xsl:value-of select="$label"/></a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$label"/>
        <xsl:if test="$u != '' and $u != $label">
          <xsl:text> </xsl:text><code><xsl:value-of select="$u"/></code>
        </xsl:if>
        <xsl:if test="$u != ''">
          <xsl:call-template name="fk-finding">
            <xsl:with-param name="code" select="'X422'"/>
            <xsl:with-param name="severity" select="'info'"/>
            <xsl:with-param name="text" select="concat('link address is not http or https and is shown as text: ', substring($u, 1, 60))"/>
            <xsl:with-param name="node" select="$url"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Small pieces                                                     -->
  <!-- ================================================================ -->

  <xsl:template name="fact">
    <xsl:param name="k"/>
    <xsl:param name="v"/>
    <tr><th scope="row"><xsl:value-of select="$k"/></th><td><xsl:copy-of select="$v"/></td></tr>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="ids">
    <xsl:param name="k"/>
    <xsl:param name="ids"/>
    <xsl:if test="$ids">
      <xsl:call-template name="fact">
        <xsl:with-param name="k" select="$k"/>
        <xsl:with-param name="v">
          <xsl:for-each select="$ids">
            <xsl:if test="position() &gt; 1"><br/></xsl:if>
            <code><xsl:value-of select="normalize-space(.)"/></code>
            <xsl:call-template name="scheme"><xsl:with-param name="id" select="."/></xsl:call-template>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="codes">
    <xsl:param name="k"/>
    <xsl:param name="c"/>
    <xsl:if test="$c">
      <xsl:call-template name="fact">
        <xsl:with-param name="k" select="$k"/>
        <xsl:with-param name="v">
          <xsl:for-each select="$c">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:call-template name="code-text"/>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A code element: code and name; a plain value or nichtGelisteterWert
       as it is. -->
  <xsl:template name="code-text">
    <xsl:choose>
      <xsl:when test="code">
        <code><xsl:value-of select="normalize-space(code)"/></code>
        <xsl:if test="normalize-space(name) != ''"><xsl:value-of select="concat(' ', normalize-space(name))"/></xsl:if>
      </xsl:when>
      <xsl:when test="*[local-name() = 'nichtGelisteterWert']">
        <xsl:value-of select="normalize-space(*[local-name() = 'nichtGelisteterWert'])"/>
      </xsl:when>
      <xsl:when test="*[local-name() = 'code']">
        <xsl:for-each select="*[local-name() = 'code']"><xsl:call-template name="code-text"/></xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The scheme attributes of an identifier, in brackets. -->
  <xsl:template name="scheme">
    <xsl:param name="id"/>
    <xsl:variable name="parts">
      <xsl:for-each select="$id/@schemeAgencyID | $id/@schemeID | $id/@schemeName | $id/@schemeVersionID">
        <xsl:if test="position() &gt; 1">, </xsl:if>
        <xsl:if test="local-name() = 'schemeVersionID'">Version </xsl:if>
        <xsl:value-of select="normalize-space(.)"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:if test="normalize-space($parts) != ''">
      <span class="sub"><xsl:value-of select="normalize-space($parts)"/></span>
    </xsl:if>
  </xsl:template>

  <xsl:template name="yes-no">
    <xsl:param name="b"/>
    <xsl:choose>
      <xsl:when test="normalize-space($b) = 'true' or normalize-space($b) = '1'">ja</xsl:when>
      <xsl:when test="normalize-space($b) = 'false' or normalize-space($b) = '0'">nein</xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($b)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="zeitraum">
    <xsl:variable name="b" select="normalize-space(*[local-name() = 'beginn'])"/>
    <xsl:variable name="e" select="normalize-space(*[local-name() = 'ende'])"/>
    <xsl:if test="$b != ''"><xsl:value-of select="concat('ab ', $b)"/></xsl:if>
    <xsl:if test="$b != '' and $e != ''"><xsl:text> </xsl:text></xsl:if>
    <xsl:if test="$e != ''"><xsl:value-of select="concat('bis ', $e)"/></xsl:if>
    <xsl:for-each select="*[local-name() = 'zusatz'][normalize-space() != '']">
      <xsl:value-of select="concat(' (', normalize-space(.), ')')"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="flag-label">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n = 'kennzeichenSchriftformerfordernis'">Schriftformerfordernis</xsl:when>
      <xsl:when test="$n = 'kennzeichenEA'">Über Einheitlichen Ansprechpartner</xsl:when>
      <xsl:when test="$n = 'kennzeichenFormularSchriftformerfordernis'">Formular mit Schriftformerfordernis</xsl:when>
      <xsl:when test="$n = 'kennzeichenFormularPersoenlich'">Persönliches Erscheinen</xsl:when>
      <xsl:when test="$n = 'kennzeichenFormularFormlos'">Formlos möglich</xsl:when>
      <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="info-label">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n = 'erstelltDatumZeit'">Erstellt am</xsl:when>
      <xsl:when test="$n = 'erstelltDurch'">Erstellt durch</xsl:when>
      <xsl:when test="$n = 'geaendertDatumZeit'">Geändert am</xsl:when>
      <xsl:when test="$n = 'geaendertDurch'">Geändert durch</xsl:when>
      <xsl:when test="$n = 'version'">Version</xsl:when>
      <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An amount: value and currency, as child elements (wert/value/betrag,
       waehrung/currencyCode) or as text with a currencyCode attribute. -->
  <xsl:template name="amount">
    <xsl:param name="a"/>
    <xsl:variable name="v" select="normalize-space(($a/*[local-name() = 'wert' or local-name() = 'value' or local-name() = 'betrag'] | $a[not(*)])[1])"/>
    <xsl:variable name="c" select="normalize-space(($a/*[local-name() = 'waehrung' or local-name() = 'currencyCode' or local-name() = 'waehrungscode'] | $a/@currencyCode)[1])"/>
    <xsl:choose>
      <xsl:when test="string(number($v)) != 'NaN'"><xsl:value-of select="format-number(number($v), '#.##0,00', 'de')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$c != ''"><xsl:value-of select="concat(' ', $c)"/></xsl:if>
  </xsl:template>

  <!-- A duration (FristDauer) or a date range (FristStichtag). -->
  <xsl:template name="fristauswahl">
    <xsl:param name="f"/>
    <xsl:variable name="d" select="normalize-space($f/*[local-name() = 'dauer'])"/>
    <xsl:variable name="db" select="normalize-space($f/*[local-name() = 'dauerBis'])"/>
    <xsl:variable name="e">
      <xsl:for-each select="$f/*[local-name() = 'einheit']"><xsl:call-template name="unit"><xsl:with-param name="n" select="$d"/></xsl:call-template></xsl:for-each>
    </xsl:variable>
    <xsl:variable name="eb">
      <xsl:for-each select="$f/*[local-name() = 'einheitBis']"><xsl:call-template name="unit"><xsl:with-param name="n" select="$db"/></xsl:call-template></xsl:for-each>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$d != '' and $db != '' and ($eb = '' or $eb = $e or concat($e, 'n') = $eb or concat($e, 'e') = $eb or $e = concat($eb, 'n') or $e = concat($eb, 'e'))">
        <xsl:variable name="unit">
          <xsl:choose>
            <xsl:when test="$eb != ''"><xsl:value-of select="$eb"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$e"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:value-of select="concat($d, ' bis ', $db, ' ', $unit)"/>
      </xsl:when>
      <xsl:when test="$d != '' and $db != ''">
        <xsl:value-of select="concat($d, ' ', $e, ' bis ', $db, ' ', $eb)"/>
      </xsl:when>
      <xsl:when test="$d != ''"><xsl:value-of select="concat($d, ' ', $e)"/></xsl:when>
      <xsl:when test="$f/*[local-name() = 'von' or local-name() = 'bis']">
        <xsl:if test="normalize-space($f/*[local-name() = 'von']) != ''">
          <xsl:value-of select="concat('vom ', normalize-space($f/*[local-name() = 'von']))"/>
        </xsl:if>
        <xsl:if test="normalize-space($f/*[local-name() = 'bis']) != ''">
          <xsl:value-of select="concat(' bis ', normalize-space($f/*[local-name() = 'bis']))"/>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($f)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- German name of a time unit (code JAHR ... ARBEITSTAG), plural unless n = 1. -->
  <xsl:template name="unit">
    <xsl:param name="n"/>
    <xsl:variable name="u" select="normalize-space((code | self::*[not(code)])[1])"/>
    <xsl:variable name="one" select="$n = '1'"/>
    <xsl:choose>
      <xsl:when test="$u = 'JAHR' and $one">Jahr</xsl:when>
      <xsl:when test="$u = 'JAHR'">Jahre</xsl:when>
      <xsl:when test="$u = 'MONAT' and $one">Monat</xsl:when>
      <xsl:when test="$u = 'MONAT'">Monate</xsl:when>
      <xsl:when test="$u = 'WOCHE' and $one">Woche</xsl:when>
      <xsl:when test="$u = 'WOCHE'">Wochen</xsl:when>
      <xsl:when test="$u = 'TAG' and $one">Tag</xsl:when>
      <xsl:when test="$u = 'TAG'">Tage</xsl:when>
      <xsl:when test="$u = 'WERKTAG' and $one">Werktag</xsl:when>
      <xsl:when test="$u = 'WERKTAG'">Werktage</xsl:when>
      <xsl:when test="$u = 'ARBEITSTAG' and $one">Arbeitstag</xsl:when>
      <xsl:when test="$u = 'ARBEITSTAG'">Arbeitstage</xsl:when>
      <xsl:when test="$u = 'STUNDE' and $one">Stunde</xsl:when>
      <xsl:when test="$u = 'STUNDE'">Stunden</xsl:when>
      <xsl:when test="$u = 'MINUTE' and $one">Minute</xsl:when>
      <xsl:when test="$u = 'MINUTE'">Minuten</xsl:when>
      <xsl:when test="$u = 'SEKUNDE' and $one">Sekunde</xsl:when>
      <xsl:when test="$u = 'SEKUNDE'">Sekunden</xsl:when>
      <xsl:otherwise><xsl:value-of select="$u"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Name of a text module from its code (list
       urn:de:xzufi:codeliste:leistungstextmodulleika), else the name the
       document gives, else the code. -->
  <xsl:template name="module-name">
    <xsl:variable name="c" select="normalize-space(*[local-name() = 'leikaTextmodul']/code)"/>
    <xsl:choose>
      <xsl:when test="$c = '02'">Leistungsbezeichnung</xsl:when>
      <xsl:when test="$c = '03'">Leistungsbezeichnung II</xsl:when>
      <xsl:when test="$c = '05'">Kurztext</xsl:when>
      <xsl:when test="$c = '06'">Volltext</xsl:when>
      <xsl:when test="$c = '07'">Rechtsgrundlagen</xsl:when>
      <xsl:when test="$c = '08'">Erforderliche Unterlagen</xsl:when>
      <xsl:when test="$c = '09'">Voraussetzungen</xsl:when>
      <xsl:when test="$c = '11'">Verfahrensablauf</xsl:when>
      <xsl:when test="$c = '14'">Formulare</xsl:when>
      <xsl:when test="$c = '15'">Weiterführende Informationen</xsl:when>
      <xsl:when test="$c = '16'">Hinweise</xsl:when>
      <xsl:when test="$c = '18'">Urheber</xsl:when>
      <xsl:when test="$c = '22'">Zuständige Stelle</xsl:when>
      <xsl:when test="$c = '23'">Ansprechpunkt</xsl:when>
      <xsl:when test="$c = '24'">Teaser</xsl:when>
      <xsl:when test="$c = '25'">Rechtsbehelf</xsl:when>
      <xsl:when test="normalize-space(*[local-name() = 'leikaTextmodul']/name) != ''">
        <xsl:value-of select="normalize-space(*[local-name() = 'leikaTextmodul']/name)"/>
      </xsl:when>
      <xsl:when test="normalize-space(*[local-name() = 'individuellesTextmodultyp']/name) != ''">
        <xsl:value-of select="normalize-space(*[local-name() = 'individuellesTextmodultyp']/name)"/>
      </xsl:when>
      <xsl:when test="local-name() = 'modulTextIndividuell'">Individuelles Textmodul</xsl:when>
      <xsl:when test="local-name() = 'modulAuskunftshinweis'">Auskunftshinweis</xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('Textmodul ', $c)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
