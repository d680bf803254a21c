<?xml version="1.0" encoding="UTF-8"?>
<!--
  xprozess-html.xsl - the process overview of an XProzess 2.0 message
  (0101-0303) as a self-contained HTML page (fimkit convert, format html).

  Shows the message header, the Prozesskatalog with its Prozessklassen
  (id = Leistungsschluessel, Handlungsgrundlagen, classification codes,
  state) and the Prozessbibliothek with each Prozess: Steckbrief
  (Detaillierungsstufe, status, Ausloeser, Ergebnis, participants), the
  forms it references (Dokumentsteckbrief and Datenschema ids), its
  activity groups in order with their specific attributes, and the
  embedded model files by name, method, mime type and size. Model files
  are never decoded into the page. Request messages show their search
  profile.

  Code values are shown as codes; only the Freigabestatus list (shared with
  XDatenfelder 3) is resolved to names.

  Parameters:
    order  order of the activity groups: 'id' (default, by their number,
           numerically where possible) or 'document' (as in the file).

  Findings (X4xx): X431 a structure description that is not FIM
  (strukturbeschreibungSonstige) is not shown.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xp="http://www.regierung-mv.de/xprozess/2"
    xmlns:str="http://exslt.org/strings"
    extension-element-prefixes="str"
    exclude-result-prefixes="xp">

  <xsl:include href="common/finding.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:param name="order" select="'id'"/>

  <xsl:decimal-format name="de" decimal-separator="," grouping-separator="."/>

  <xsl:variable name="xp-ns" select="'http://www.regierung-mv.de/xprozess/2'"/>
  <xsl:variable name="msg" select="/*"/>
  <xsl:variable name="first-prozess" select="//xp:prozessbibliothek/xp:prozess[1]"/>
  <xsl:variable name="first-klasse" select="//xp:prozesskatalog/xp:prozessklasse[1]"/>

  <!-- Forms referenced by a process, for the table of forms. -->
  <xsl:key name="form" match="xp:formularverweis[xp:formularsteckbriefID]"
           use="concat(generate-id(ancestor::xp:prozess[1]), '|', normalize-space(xp:formularsteckbriefID), '|',
                       normalize-space(xp:stammformularID), '|', normalize-space(xp:stammformularVersion))"/>

  <!-- Regional keys of one owner, grouped by kind. -->
  <xsl:key name="vpk" match="xp:verwaltungspolitischeKodierung/*" use="concat(generate-id(../..), '|', local-name())"/>

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
.tags span{display:inline-block;background:var(--soft);border:1px solid var(--line);border-radius:.3rem;padding:0 .4rem;margin:0 .3rem .3rem 0}
</xsl:variable>

  <!-- ================================================================ -->
  <!-- Page                                                             -->
  <!-- ================================================================ -->

  <xsl:template match="/">
    <xsl:if test="namespace-uri(/*) != $xp-ns">
      <xsl:call-template name="fk-fatal">
        <xsl:with-param name="text" select="concat('not an XProzess 2.0 document: root element ', name(/*), ' in namespace ', namespace-uri(/*))"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$order != 'id' and $order != 'document'">
      <xsl:call-template name="fk-fatal">
        <xsl:with-param name="text" select="concat('parameter order: expected id or document, got &quot;', $order, '&quot;')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:for-each select="//xp:strukturbeschreibungSonstige">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X431'"/>
        <xsl:with-param name="severity" select="'info'"/>
        <xsl:with-param name="text" select="'a structure description in a method other than FIM (strukturbeschreibungSonstige) is not shown'"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:variable name="title">
      <xsl:choose>
        <xsl:when test="$first-prozess"><xsl:value-of select="normalize-space($first-prozess/xp:name)"/></xsl:when>
        <xsl:when test="$first-klasse"><xsl:value-of select="normalize-space($first-klasse/xp:name)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="local-name($msg)"/></xsl:otherwise>
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
        <title><xsl:value-of select="concat('Prozess: ', $title)"/></title>
        <xsl:text>&#10;</xsl:text>
        <style><xsl:value-of select="$css"/></style>
        <xsl:text>&#10;</xsl:text>
      </head>
      <xsl:text>&#10;</xsl:text>
      <body>
        <xsl:text>&#10;</xsl:text>
        <header class="top">
          <div class="wrap">
            <p class="kind"><xsl:value-of select="concat('XProzess ', $msg/@xprozessVersion, ' · ', local-name($msg))"/></p>
            <h1><xsl:value-of select="$title"/></h1>
            <xsl:if test="$first-prozess and normalize-space($first-prozess/xp:bezeichnung) != '' and normalize-space($first-prozess/xp:bezeichnung) != $title">
              <p class="subtitle"><xsl:value-of select="normalize-space($first-prozess/xp:bezeichnung)"/></p>
            </xsl:if>
            <ul class="meta">
              <xsl:for-each select="($first-prozess | $first-klasse[not($first-prozess)])[1]">
                <li><span class="k">ID</span><code><xsl:value-of select="normalize-space(xp:id)"/></code></li>
                <xsl:if test="normalize-space(xp:version) != ''">
                  <li><span class="k">Version</span><xsl:value-of select="normalize-space(xp:version)"/></li>
                </xsl:if>
                <xsl:if test="xp:prozesssteckbrief/xp:detaillierungsstufe">
                  <li><span class="k">Detaillierungsstufe</span><xsl:value-of select="normalize-space(xp:prozesssteckbrief/xp:detaillierungsstufe/code)"/></li>
                </xsl:if>
                <xsl:if test="xp:zustandsangaben/xp:status">
                  <li><span class="k">Status</span><xsl:call-template name="status"><xsl:with-param name="c" select="xp:zustandsangaben/xp:status"/></xsl:call-template></li>
                </xsl:if>
              </xsl:for-each>
              <xsl:if test="not(contains(local-name($msg), '.anfrage.'))">
                <li><span class="k">Prozessklassen</span><xsl:value-of select="count(//xp:prozessklasse)"/></li>
                <li><span class="k">Prozesse</span><xsl:value-of select="count(//xp:prozessbibliothek/xp:prozess)"/></li>
              </xsl:if>
            </ul>
            <nav class="toc">
              <a href="#nachricht">Nachricht</a>
              <xsl:for-each select="//xp:prozessklasse">
                <a href="#klasse-{position()}"><xsl:value-of select="concat('Prozessklasse ', normalize-space(xp:id))"/></a>
              </xsl:for-each>
              <xsl:for-each select="//xp:prozessbibliothek/xp:prozess">
                <a href="#prozess-{position()}"><xsl:value-of select="concat('Prozess ', normalize-space(xp:id))"/></a>
              </xsl:for-each>
            </nav>
          </div>
        </header>
        <xsl:text>&#10;</xsl:text>
        <main class="wrap">
          <xsl:text>&#10;</xsl:text>
          <xsl:call-template name="message"/>
          <xsl:apply-templates select="$msg/xp:prozesskatalog"/>
          <xsl:apply-templates select="$msg/xp:prozessbibliothek"/>
          <xsl:if test="not($msg/xp:prozesskatalog | $msg/xp:prozessbibliothek) and not(contains(local-name($msg), '.anfrage.'))">
            <section class="card"><p class="empty">Die Nachricht enthält weder einen Prozesskatalog noch eine Prozessbibliothek.</p></section>
            <xsl:text>&#10;</xsl:text>
          </xsl:if>
        </main>
        <xsl:text>&#10;</xsl:text>
        <footer class="wrap">
          <xsl:value-of select="concat('Erzeugt mit fimkit convert aus einer XProzess-Nachricht ', local-name($msg), '. Eingebettete Modelldateien sind nur aufgeführt, nicht dargestellt.')"/>
        </footer>
        <xsl:text>&#10;</xsl:text>
      </body>
      <xsl:text>&#10;</xsl:text>
    </html>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Message header and search profiles                               -->
  <!-- ================================================================ -->

  <xsl:template name="message">
    <xsl:variable name="kopf" select="$msg/xp:nachrichtenkopf"/>
    <section class="card" id="nachricht">
      <h2>Nachricht</h2>
      <div class="tbl"><table class="facts"><tbody>
        <xsl:call-template name="fact">
          <xsl:with-param name="k" select="'Nachrichtentyp'"/>
          <xsl:with-param name="v">
            <xsl:value-of select="local-name($msg)"/>
            <xsl:if test="$kopf/xp:nachrichtentyp/code">
              <span class="badge"><xsl:value-of select="concat('Code ', normalize-space($kopf/xp:nachrichtentyp/code))"/></span>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="fact">
          <xsl:with-param name="k" select="'Erzeugt von'"/>
          <xsl:with-param name="v">
            <xsl:value-of select="normalize-space($msg/@produkt)"/>
            <xsl:if test="normalize-space($msg/@produktversion) != ''"><xsl:value-of select="concat(' ', normalize-space($msg/@produktversion))"/></xsl:if>
            <xsl:if test="normalize-space($msg/@produkthersteller) != ''"><span class="sub"><xsl:value-of select="normalize-space($msg/@produkthersteller)"/></span></xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Nachrichten-UUID'"/><xsl:with-param name="n" select="$kopf/xp:nachrichtUUID"/><xsl:with-param name="code" select="true()"/></xsl:call-template>
        <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Erstellt'"/><xsl:with-param name="n" select="$kopf/xp:erstellungszeitpunkt"/></xsl:call-template>
        <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Autor'"/><xsl:with-param name="n" select="$kopf/xp:autor"/></xsl:call-template>
        <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Leser'"/><xsl:with-param name="n" select="$kopf/xp:leser"/></xsl:call-template>
        <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Anfrage-UUID'"/><xsl:with-param name="n" select="$msg/xp:anfrageUUID"/><xsl:with-param name="code" select="true()"/></xsl:call-template>
      </tbody></table></div>
      <xsl:for-each select="$msg/xp:suchprofil | $msg/xp:suchprofilZitat | $msg/xp:exportprofil">
        <h3>
          <xsl:choose>
            <xsl:when test="self::xp:exportprofil">Exportprofil</xsl:when>
            <xsl:when test="self::xp:suchprofilZitat">Zitiertes Suchprofil</xsl:when>
            <xsl:otherwise>Suchprofil</xsl:otherwise>
          </xsl:choose>
        </h3>
        <xsl:choose>
          <xsl:when test="*">
            <div class="tbl"><table class="facts"><tbody>
              <xsl:apply-templates select="*" mode="generic"/>
            </tbody></table></div>
          </xsl:when>
          <xsl:otherwise><p class="empty">leer</p></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </section>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- Any element as a row: leaves and codes as values, structures as
       nested rows with a path. -->
  <xsl:template match="*" mode="generic">
    <xsl:param name="path" select="''"/>
    <xsl:variable name="p" select="concat($path, local-name())"/>
    <xsl:choose>
      <xsl:when test="code or not(*)">
        <xsl:call-template name="fact">
          <xsl:with-param name="k" select="$p"/>
          <xsl:with-param name="v"><xsl:call-template name="value"/></xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="*" mode="generic">
          <xsl:with-param name="path" select="concat($p, ' / ')"/>
        </xsl:apply-templates>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Prozesskatalog                                                   -->
  <!-- ================================================================ -->

  <xsl:template match="xp:prozesskatalog">
    <section class="card" id="katalog">
      <h2><xsl:value-of select="concat('Prozesskatalog: ', normalize-space(xp:name))"/></h2>
      <xsl:call-template name="collection-facts"/>
      <xsl:for-each select="xp:prozessklasse">
        <xsl:apply-templates select=".">
          <xsl:with-param name="pos" select="position()"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:if test="not(xp:prozessklasse)"><p class="empty">Keine Prozessklassen.</p></xsl:if>
    </section>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="collection-facts">
    <xsl:if test="xp:version | xp:herausgeber | xp:verwaltungspolitischeKodierung">
      <div class="tbl"><table class="facts"><tbody>
        <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Version'"/><xsl:with-param name="n" select="xp:version"/></xsl:call-template>
        <xsl:for-each select="xp:herausgeber">
          <xsl:call-template name="fact">
            <xsl:with-param name="k" select="'Herausgeber'"/>
            <xsl:with-param name="v">
              <xsl:value-of select="normalize-space(xp:organisationsname)"/>
              <xsl:if test="xp:url"><span class="sub"><xsl:call-template name="link"><xsl:with-param name="url" select="xp:url"/></xsl:call-template></span></xsl:if>
              <xsl:if test="normalize-space(xp:nutzungsbestimmungen) != ''"><span class="sub"><xsl:value-of select="normalize-space(xp:nutzungsbestimmungen)"/></span></xsl:if>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:call-template name="kodierung"/>
      </tbody></table></div>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="xp:prozessklasse">
    <xsl:param name="pos"/>
    <h3 id="klasse-{$pos}">
      <xsl:value-of select="concat('Prozessklasse ', normalize-space(xp:id), ': ', normalize-space(xp:name))"/>
    </h3>
    <xsl:text>&#10;</xsl:text>
    <div class="tbl"><table class="facts"><tbody>
      <xsl:call-template name="fact">
        <xsl:with-param name="k" select="'ID (Leistungsschlüssel)'"/>
        <xsl:with-param name="v"><code><xsl:value-of select="normalize-space(xp:id)"/></code></xsl:with-param>
      </xsl:call-template>
      <!-- A 14-digit LeiKa key is Leistungsobjekt (8), Verrichtung (3) and
           Verrichtungsdetail (3). -->
      <xsl:variable name="key" select="normalize-space(xp:id)"/>
      <xsl:if test="string-length($key) = 14 and translate($key, '0123456789', '') = ''">
        <xsl:call-template name="fact">
          <xsl:with-param name="k" select="'Leistungsobjekt · Verrichtung · Detail'"/>
          <xsl:with-param name="v">
            <code><xsl:value-of select="substring($key, 1, 8)"/></code> · <code><xsl:value-of select="substring($key, 9, 3)"/></code> · <code><xsl:value-of select="substring($key, 12, 3)"/></code>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Version'"/><xsl:with-param name="n" select="xp:version"/></xsl:call-template>
      <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Name'"/><xsl:with-param name="n" select="xp:name"/></xsl:call-template>
      <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Bezeichnung'"/><xsl:with-param name="n" select="xp:bezeichnung"/></xsl:call-template>
      <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Definition'"/><xsl:with-param name="n" select="xp:definition"/></xsl:call-template>
      <xsl:for-each select="xp:gliederungsebene">
        <xsl:call-template name="fact">
          <xsl:with-param name="k" select="'Gliederungsebene'"/>
          <xsl:with-param name="v" select="normalize-space(concat(xp:gliederungsebeneNummer, ' ', xp:gliederungsebeneName))"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Übergeordnete Prozessklasse'"/><xsl:with-param name="n" select="xp:uebergeordneteProzessklasseID"/><xsl:with-param name="code" select="true()"/></xsl:call-template>
      <xsl:if test="xp:abgeloesteProzessklasse[normalize-space() != '']">
        <xsl:call-template name="fact">
          <xsl:with-param name="k" select="'Abgelöste Prozessklassen'"/>
          <xsl:with-param name="v">
            <xsl:for-each select="xp:abgeloesteProzessklasse[normalize-space() != '']">
              <xsl:if test="position() &gt; 1"><br/></xsl:if>
              <code><xsl:value-of select="normalize-space(xp:referenzierteProzessklasseID)"/></code>
              <xsl:if test="normalize-space(xp:erlaeuterung) != ''"><xsl:value-of select="concat(' ', normalize-space(xp:erlaeuterung))"/></xsl:if>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="grundlagen"/>
      <xsl:call-template name="fact-code"><xsl:with-param name="k" select="'Zwecksetzung'"/><xsl:with-param name="c" select="xp:zwecksetzung"/></xsl:call-template>
      <xsl:call-template name="fact-code"><xsl:with-param name="k" select="'Operatives Ziel'"/><xsl:with-param name="c" select="xp:operativesZiel"/></xsl:call-template>
      <xsl:call-template name="fact-code"><xsl:with-param name="k" select="'Handlungsform'"/><xsl:with-param name="c" select="xp:handlungsform"/></xsl:call-template>
      <xsl:call-template name="fact-code"><xsl:with-param name="k" select="'Verfahrensart'"/><xsl:with-param name="c" select="xp:verfahrensart"/></xsl:call-template>
      <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Fachlich freigebende Stelle'"/><xsl:with-param name="n" select="xp:fachlichFreigebendeStelle"/></xsl:call-template>
      <xsl:call-template name="kodierung"/>
      <xsl:call-template name="merkmale"/>
      <xsl:call-template name="klassifikationen"/>
      <xsl:call-template name="schlagworte"/>
      <xsl:apply-templates select="xp:zustandsangaben"/>
    </tbody></table></div>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Prozessbibliothek                                                -->
  <!-- ================================================================ -->

  <xsl:template match="xp:prozessbibliothek">
    <section class="card" id="bibliothek">
      <h2><xsl:value-of select="concat('Prozessbibliothek: ', normalize-space(xp:name))"/></h2>
      <xsl:call-template name="collection-facts"/>
      <xsl:if test="not(xp:prozess)"><p class="empty">Keine Prozesse.</p></xsl:if>
    </section>
    <xsl:text>&#10;</xsl:text>
    <xsl:for-each select="xp:prozess">
      <xsl:apply-templates select=".">
        <xsl:with-param name="pos" select="position()"/>
      </xsl:apply-templates>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="xp:prozess">
    <xsl:param name="pos"/>
    <xsl:variable name="sb" select="xp:prozesssteckbrief"/>
    <section class="card" id="prozess-{$pos}">
      <h2>
        <xsl:value-of select="concat('Prozess ', normalize-space(xp:id), ': ', normalize-space(xp:name))"/>
        <xsl:if test="normalize-space(xp:version) != ''"><span class="code"><xsl:value-of select="concat('Version ', normalize-space(xp:version))"/></span></xsl:if>
      </h2>
      <xsl:text>&#10;</xsl:text>
      <div class="tbl"><table class="facts"><tbody>
        <xsl:call-template name="fact">
          <xsl:with-param name="k" select="'ID'"/>
          <xsl:with-param name="v"><code><xsl:value-of select="normalize-space(xp:id)"/></code></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Version'"/><xsl:with-param name="n" select="xp:version"/></xsl:call-template>
        <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Bezeichnung'"/><xsl:with-param name="n" select="xp:bezeichnung"/></xsl:call-template>
        <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Fachlich freigebende Stelle'"/><xsl:with-param name="n" select="xp:fachlichFreigebendeStelle"/></xsl:call-template>
        <xsl:call-template name="klassifikationen"/>
        <xsl:call-template name="schlagworte"/>
        <xsl:apply-templates select="xp:zustandsangaben"/>
      </tbody></table></div>
      <xsl:text>&#10;</xsl:text>
      <xsl:apply-templates select="$sb"/>
      <xsl:call-template name="forms"/>
      <xsl:apply-templates select="xp:prozessstrukturbeschreibung"/>
      <xsl:apply-templates select="xp:prozessmodell"/>
    </section>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="xp:prozesssteckbrief">
    <h3>Prozesssteckbrief</h3>
    <xsl:text>&#10;</xsl:text>
    <div class="tbl"><table class="facts"><tbody>
      <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Definition'"/><xsl:with-param name="n" select="xp:definition"/></xsl:call-template>
      <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Beschreibung'"/><xsl:with-param name="n" select="xp:beschreibung"/></xsl:call-template>
      <xsl:call-template name="fact-code"><xsl:with-param name="k" select="'Detaillierungsstufe'"/><xsl:with-param name="c" select="xp:detaillierungsstufe"/></xsl:call-template>
      <xsl:call-template name="trigger"><xsl:with-param name="k" select="'Auslöser'"/><xsl:with-param name="items" select="xp:ausloeser"/></xsl:call-template>
      <xsl:call-template name="trigger"><xsl:with-param name="k" select="'Ergebnis'"/><xsl:with-param name="items" select="xp:ergebnis"/></xsl:call-template>
      <xsl:if test="xp:prozessteilnehmer">
        <xsl:call-template name="fact">
          <xsl:with-param name="k" select="'Prozessteilnehmer'"/>
          <xsl:with-param name="v">
            <ul class="plain">
              <xsl:for-each select="xp:prozessteilnehmer">
                <li>
                  <xsl:value-of select="normalize-space(xp:name)"/>
                  <xsl:for-each select="xp:rolle">
                    <span class="badge"><xsl:value-of select="concat('Rolle ', normalize-space(code))"/></span>
                  </xsl:for-each>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="grundlagen"/>
      <xsl:call-template name="kodierung"/>
      <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Zielvorgaben'"/><xsl:with-param name="n" select="xp:zielvorgaben"/></xsl:call-template>
      <xsl:call-template name="merkmale"/>
    </tbody></table></div>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="trigger">
    <xsl:param name="k"/>
    <xsl:param name="items"/>
    <xsl:if test="$items">
      <xsl:call-template name="fact">
        <xsl:with-param name="k" select="$k"/>
        <xsl:with-param name="v">
          <xsl:for-each select="$items">
            <xsl:if test="position() &gt; 1"><br/></xsl:if>
            <xsl:if test="normalize-space(xp:textuelleBeschreibung) != ''">
              <xsl:value-of select="normalize-space(xp:textuelleBeschreibung)"/>
            </xsl:if>
            <xsl:if test="normalize-space(xp:formularID) != ''">
              <span class="sub">Formular <code><xsl:value-of select="normalize-space(xp:formularID)"/></code></span>
            </xsl:if>
            <xsl:if test="normalize-space(xp:prozessID) != ''">
              <span class="sub">Prozess <code><xsl:value-of select="normalize-space(xp:prozessID)"/></code></span>
            </xsl:if>
            <xsl:if test="normalize-space(.) = ''"><span class="empty">leer</span></xsl:if>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Every form the process references: trigger and result forms and the
       form references of its activity groups, each once. -->
  <xsl:template name="forms">
    <xsl:variable name="p" select="generate-id()"/>
    <xsl:variable name="refs" select=".//xp:formularverweis[xp:formularsteckbriefID][generate-id() = generate-id(key('form',
        concat($p, '|', normalize-space(xp:formularsteckbriefID), '|', normalize-space(xp:stammformularID), '|', normalize-space(xp:stammformularVersion)))[1])]"/>
    <xsl:variable name="steckbrief" select="xp:prozesssteckbrief"/>
    <!-- Trigger and result forms that no activity group references. -->
    <xsl:variable name="ids" select="$steckbrief/*[self::xp:ausloeser or self::xp:ergebnis][normalize-space(xp:formularID) != '']
        [not(normalize-space(xp:formularID) = $refs/xp:formularsteckbriefID)]"/>
    <xsl:if test="$refs or $ids">
      <h3>Formulare</h3>
      <xsl:text>&#10;</xsl:text>
      <div class="tbl"><table class="data">
        <thead><tr><th>Dokumentsteckbrief</th><th>Datenschema</th><th>Elemente</th><th>Verwendet in</th></tr></thead>
        <tbody>
          <xsl:for-each select="$ids">
            <tr>
              <td><code><xsl:value-of select="normalize-space(xp:formularID)"/></code></td>
              <td></td>
              <td></td>
              <td>
                <xsl:choose>
                  <xsl:when test="self::xp:ausloeser">Auslöser</xsl:when>
                  <xsl:otherwise>Ergebnis</xsl:otherwise>
                </xsl:choose>
              </td>
            </tr>
            <xsl:text>&#10;</xsl:text>
          </xsl:for-each>
          <xsl:for-each select="$refs">
            <xsl:variable name="same" select="key('form', concat($p, '|', normalize-space(xp:formularsteckbriefID), '|', normalize-space(xp:stammformularID), '|', normalize-space(xp:stammformularVersion)))"/>
            <tr>
              <td><code><xsl:value-of select="normalize-space(xp:formularsteckbriefID)"/></code></td>
              <td>
                <xsl:if test="normalize-space(xp:stammformularID) != ''">
                  <code><xsl:value-of select="normalize-space(xp:stammformularID)"/></code>
                </xsl:if>
                <xsl:if test="normalize-space(xp:stammformularVersion) != ''">
                  <xsl:value-of select="concat(' Version ', normalize-space(xp:stammformularVersion))"/>
                </xsl:if>
              </td>
              <td>
                <xsl:for-each select="$same/xp:elementId[not(. = preceding::xp:elementId[count($same | ..) = count($same)])]">
                  <xsl:if test="position() &gt; 1">, </xsl:if>
                  <code><xsl:value-of select="normalize-space(.)"/></code>
                </xsl:for-each>
              </td>
              <td>
                <xsl:variable name="sid" select="normalize-space(xp:formularsteckbriefID)"/>
                <xsl:variable name="uses">
                  <xsl:if test="$steckbrief/xp:ausloeser[normalize-space(xp:formularID) = $sid]">Auslöser, </xsl:if>
                  <xsl:if test="$steckbrief/xp:ergebnis[normalize-space(xp:formularID) = $sid]">Ergebnis, </xsl:if>
                  <xsl:for-each select="$same/ancestor::xp:aktivitaetengruppe[1]">
                    <xsl:sort select="number($order = 'id') * number(xp:id)" data-type="number"/>
                    <xsl:value-of select="concat(normalize-space(xp:id), ' ', normalize-space(xp:name), ', ')"/>
                  </xsl:for-each>
                </xsl:variable>
                <xsl:value-of select="substring($uses, 1, string-length($uses) - 2)"/>
              </td>
            </tr>
            <xsl:text>&#10;</xsl:text>
          </xsl:for-each>
        </tbody>
      </table></div>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Activity groups                                                  -->
  <!-- ================================================================ -->

  <xsl:template match="xp:prozessstrukturbeschreibung">
    <h3>
      <xsl:text>Aktivitätengruppen</xsl:text>
      <span class="code">
        <xsl:text>Modellierungsmethode </xsl:text>
        <xsl:value-of select="normalize-space(xp:modellierungsmethode/xp:code/code)"/>
        <xsl:if test="normalize-space(xp:modellierungsmethode/xp:freitext) != ''">
          <xsl:value-of select="concat(' (', normalize-space(xp:modellierungsmethode/xp:freitext), ')')"/>
        </xsl:if>
      </span>
    </h3>
    <xsl:text>&#10;</xsl:text>
    <xsl:choose>
      <xsl:when test="xp:strukturbeschreibungFIM">
        <div class="tbl"><table class="data">
          <thead><tr><th>Nr.</th><th>Typ</th><th>Aktivitätengruppe</th><th>Handlungsgrundlagen</th><th>Daten</th><th>Weitere Angaben</th></tr></thead>
          <tbody>
            <xsl:choose>
              <xsl:when test="$order = 'document'">
                <xsl:apply-templates select="xp:strukturbeschreibungFIM/xp:aktivitaetengruppe"/>
              </xsl:when>
              <xsl:otherwise>
                <!-- By number: numeric ids first, in numeric order, then the
                     others by text; ties keep the document order. -->
                <xsl:apply-templates select="xp:strukturbeschreibungFIM/xp:aktivitaetengruppe">
                  <xsl:sort select="number(string(number(xp:id)) = 'NaN')" data-type="number"/>
                  <xsl:sort select="number(xp:id)" data-type="number"/>
                  <xsl:sort select="normalize-space(xp:id)"/>
                </xsl:apply-templates>
              </xsl:otherwise>
            </xsl:choose>
          </tbody>
        </table></div>
        <xsl:text>&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty">Die Struktur ist nicht nach der FIM-Methode beschrieben (strukturbeschreibungSonstige) und wird nicht dargestellt.</p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="xp:aktivitaetengruppe">
    <xsl:variable name="sa" select="xp:spezifischeAttribute/*[1]"/>
    <tr>
      <td><xsl:value-of select="normalize-space(xp:id)"/></td>
      <td>
        <xsl:value-of select="normalize-space(xp:referenzaktivitaetengruppeTyp/code)"/>
        <xsl:if test="normalize-space(xp:referenzaktivitaetengruppeVersion) != ''">
          <span class="sub"><xsl:value-of select="concat('Version ', normalize-space(xp:referenzaktivitaetengruppeVersion))"/></span>
        </xsl:if>
      </td>
      <td>
        <strong><xsl:value-of select="normalize-space(xp:name)"/></strong>
        <xsl:if test="normalize-space(xp:beschreibung) != ''">
          <span class="sub"><xsl:value-of select="normalize-space(xp:beschreibung)"/></span>
        </xsl:if>
        <xsl:if test="normalize-space(xp:subProzessID) != ''">
          <span class="sub"><xsl:text>Teilprozess </xsl:text><code><xsl:value-of select="normalize-space(xp:subProzessID)"/></code></span>
        </xsl:if>
      </td>
      <td>
        <xsl:for-each select="xp:handlungsgrundlage">
          <xsl:if test="position() &gt; 1"><br/></xsl:if>
          <xsl:call-template name="grundlage"/>
        </xsl:for-each>
      </td>
      <td>
        <xsl:for-each select="xp:eingehendeDaten">
          <span class="sub">eingehend</span>
          <xsl:call-template name="daten"/>
        </xsl:for-each>
        <xsl:for-each select="xp:ausgehendeDaten">
          <span class="sub">ausgehend</span>
          <xsl:call-template name="daten"/>
        </xsl:for-each>
        <xsl:for-each select="$sa/xp:empfangeneDaten">
          <span class="sub"><xsl:value-of select="concat('empfangen von ', normalize-space(xp:sender))"/></span>
          <xsl:for-each select="xp:formularverweis"><xsl:call-template name="daten"/></xsl:for-each>
          <xsl:call-template name="uebermittlung"/>
        </xsl:for-each>
        <xsl:for-each select="$sa/xp:bereitgestellteDaten">
          <span class="sub"><xsl:value-of select="concat('bereitgestellt für ', normalize-space(xp:empfaenger))"/></span>
          <xsl:for-each select="xp:formularverweis"><xsl:call-template name="daten"/></xsl:for-each>
          <xsl:call-template name="uebermittlung"/>
        </xsl:for-each>
      </td>
      <td>
        <xsl:for-each select="xp:fachverfahren[normalize-space() != '']">
          <span class="sub">Fachverfahren</span><xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
        <xsl:if test="$sa/xp:formellePruefung">
          <span class="sub">Formelle Prüfung</span>
          <xsl:for-each select="$sa/xp:formellePruefung">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:value-of select="normalize-space(code)"/>
          </xsl:for-each>
        </xsl:if>
        <xsl:for-each select="$sa/xp:hilfsmittel">
          <span class="sub">Hilfsmittel</span><xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
        <xsl:for-each select="$sa/xp:entscheidungsart">
          <span class="sub">Entscheidungsart</span><xsl:value-of select="normalize-space(code)"/>
        </xsl:for-each>
        <xsl:for-each select="$sa/xp:bearbeitungsart">
          <span class="sub">Bearbeitungsart</span><xsl:value-of select="normalize-space(code)"/>
        </xsl:for-each>
        <xsl:for-each select="$sa/xp:mitwirkungspflicht">
          <span class="sub">Mitwirkungspflicht</span>
          <xsl:choose>
            <xsl:when test="normalize-space(.) = 'true' or normalize-space(.) = '1'">ja</xsl:when>
            <xsl:otherwise>nein</xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
        <xsl:for-each select="$sa/xp:beteiligungsform">
          <span class="sub">Beteiligungsform</span><xsl:value-of select="normalize-space(code)"/>
        </xsl:for-each>
        <xsl:for-each select="$sa/xp:beschreibung">
          <span class="sub">Beschreibung</span><xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </td>
    </tr>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- Daten (the context): a form reference or a text. -->
  <xsl:template name="daten">
    <xsl:for-each select="xp:formularverweis[xp:formularsteckbriefID]">
      <div>
        <xsl:text>Formular </xsl:text>
        <code><xsl:value-of select="normalize-space(xp:formularsteckbriefID)"/></code>
        <xsl:if test="normalize-space(xp:stammformularID) != ''">
          <xsl:text>, Datenschema </xsl:text>
          <code><xsl:value-of select="normalize-space(xp:stammformularID)"/></code>
          <xsl:if test="normalize-space(xp:stammformularVersion) != ''">
            <xsl:value-of select="concat(' ', normalize-space(xp:stammformularVersion))"/>
          </xsl:if>
        </xsl:if>
        <xsl:for-each select="xp:elementId">
          <xsl:text>, </xsl:text><code><xsl:value-of select="normalize-space(.)"/></code>
        </xsl:for-each>
      </div>
    </xsl:for-each>
    <xsl:for-each select="xp:textuelleBeschreibung[normalize-space() != '']">
      <div><xsl:value-of select="normalize-space(.)"/></div>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="uebermittlung">
    <xsl:if test="xp:uebermittlungsart">
      <div class="sub"><xsl:value-of select="concat('Übermittlungsart ', normalize-space(xp:uebermittlungsart/code))"/></div>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Model files                                                      -->
  <!-- ================================================================ -->

  <xsl:template match="xp:prozessmodell">
    <xsl:if test="*">
      <h3>Prozessmodell</h3>
      <xsl:text>&#10;</xsl:text>
      <div class="tbl"><table class="data">
        <thead><tr><th>Art</th><th>Dateiname</th><th>Modellierungsmethode</th><th>MIME-Typ</th><th>Größe</th></tr></thead>
        <tbody>
          <xsl:for-each select="*">
            <xsl:variable name="b64" select="translate(xp:inhalt, ' &#9;&#10;&#13;', '')"/>
            <xsl:variable name="len" select="string-length($b64)"/>
            <xsl:variable name="pad" select="number(substring($b64, $len) = '=') + number(substring($b64, $len - 1, 1) = '=')"/>
            <tr>
              <td>
                <xsl:choose>
                  <xsl:when test="self::xp:prozessmodelldatei">Prozessmodell</xsl:when>
                  <xsl:when test="self::xp:visualisierungsdatei">Visualisierung</xsl:when>
                  <xsl:when test="self::xp:beschreibungsdatei">Beschreibung</xsl:when>
                  <xsl:otherwise><xsl:value-of select="local-name()"/></xsl:otherwise>
                </xsl:choose>
              </td>
              <td><xsl:value-of select="normalize-space(xp:dateiname)"/></td>
              <td>
                <xsl:value-of select="normalize-space(xp:modellierungsmethode/xp:code/code)"/>
                <xsl:if test="normalize-space(xp:modellierungsmethode/xp:freitext) != ''">
                  <xsl:value-of select="concat(' (', normalize-space(xp:modellierungsmethode/xp:freitext), ')')"/>
                </xsl:if>
              </td>
              <td><xsl:value-of select="normalize-space(xp:mimeType/code)"/></td>
              <td class="num">
                <xsl:value-of select="concat(format-number(floor($len * 3 div 4) - $pad, '#.##0', 'de'), ' Byte')"/>
              </td>
            </tr>
            <xsl:text>&#10;</xsl:text>
          </xsl:for-each>
        </tbody>
      </table></div>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Shared parts                                                     -->
  <!-- ================================================================ -->

  <xsl:template match="xp:zustandsangaben">
    <xsl:call-template name="fact-code"><xsl:with-param name="k" select="'Status'"/><xsl:with-param name="c" select="xp:status"/><xsl:with-param name="status" select="true()"/></xsl:call-template>
    <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Erstellt'"/><xsl:with-param name="n" select="xp:erstellungszeitpunkt"/></xsl:call-template>
    <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Zuletzt geändert'"/><xsl:with-param name="n" select="xp:letzterAenderungszeitpunkt"/></xsl:call-template>
    <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Letzter Bearbeiter'"/><xsl:with-param name="n" select="xp:letzterBearbeiter"/></xsl:call-template>
    <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Anmerkung zur Änderung'"/><xsl:with-param name="n" select="xp:anmerkungLetzteAenderung"/></xsl:call-template>
    <xsl:for-each select="xp:gueltigkeitszeitraum[normalize-space() != '']">
      <xsl:call-template name="fact">
        <xsl:with-param name="k" select="'Gültigkeit'"/>
        <xsl:with-param name="v">
          <xsl:if test="normalize-space(xp:beginn) != ''"><xsl:value-of select="concat('ab ', normalize-space(xp:beginn))"/></xsl:if>
          <xsl:if test="normalize-space(xp:beginn) != '' and normalize-space(xp:ende) != ''"><xsl:text> </xsl:text></xsl:if>
          <xsl:if test="normalize-space(xp:ende) != ''"><xsl:value-of select="concat('bis ', normalize-space(xp:ende))"/></xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Fachliche Freigabe'"/><xsl:with-param name="n" select="xp:fachlicherFreigabezeitpunkt"/></xsl:call-template>
    <xsl:call-template name="fact-text"><xsl:with-param name="k" select="'Formelle Freigabe'"/><xsl:with-param name="n" select="xp:formellerFreigabezeitpunkt"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="grundlagen">
    <xsl:if test="xp:handlungsgrundlage">
      <xsl:call-template name="fact">
        <xsl:with-param name="k" select="'Handlungsgrundlagen'"/>
        <xsl:with-param name="v">
          <ul class="plain">
            <xsl:for-each select="xp:handlungsgrundlage">
              <li><xsl:call-template name="grundlage"/></li>
            </xsl:for-each>
          </ul>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="grundlage">
    <xsl:choose>
      <xsl:when test="normalize-space(xp:uri) != ''">
        <xsl:call-template name="link">
          <xsl:with-param name="url" select="xp:uri"/>
          <xsl:with-param name="text" select="xp:name"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(xp:name)"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="xp:art/code">
      <span class="badge"><xsl:value-of select="concat('Art ', normalize-space(xp:art/code))"/></span>
    </xsl:if>
  </xsl:template>

  <xsl:template name="kodierung">
    <xsl:if test="xp:verwaltungspolitischeKodierung">
      <xsl:call-template name="fact">
        <xsl:with-param name="k" select="'Verwaltungspolitische Kodierung'"/>
        <xsl:with-param name="v">
          <xsl:for-each select="xp:verwaltungspolitischeKodierung/*[generate-id() = generate-id(key('vpk', concat(generate-id(../..), '|', local-name()))[1])]">
            <xsl:if test="position() &gt; 1"><br/></xsl:if>
            <xsl:call-template name="kodierung-name"/>
            <xsl:text> </xsl:text>
            <xsl:for-each select="key('vpk', concat(generate-id(../..), '|', local-name()))">
              <xsl:if test="position() &gt; 1">, </xsl:if>
              <code><xsl:value-of select="normalize-space(code)"/></code>
            </xsl:for-each>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="kodierung-name">
    <xsl:choose>
      <xsl:when test="local-name() = 'bundesland'">Bundesland</xsl:when>
      <xsl:when test="local-name() = 'gemeindeschluessel'">Gemeindeschlüssel</xsl:when>
      <xsl:when test="local-name() = 'regionalschluessel'">Regionalschlüssel</xsl:when>
      <xsl:when test="local-name() = 'kreis'">Kreis</xsl:when>
      <xsl:when test="local-name() = 'bezirk'">Bezirk</xsl:when>
      <xsl:when test="local-name() = 'nation'">Staat</xsl:when>
      <xsl:when test="local-name() = 'gemeindeverband'">Gemeindeverband</xsl:when>
      <xsl:otherwise><xsl:value-of select="local-name()"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="merkmale">
    <xsl:for-each select="xp:merkmal">
      <xsl:call-template name="fact">
        <xsl:with-param name="k" select="concat('Merkmal: ', normalize-space(xp:merkmalName))"/>
        <xsl:with-param name="v">
          <xsl:for-each select="xp:merkmalWert">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:value-of select="normalize-space(.)"/>
          </xsl:for-each>
          <xsl:if test="normalize-space(xp:ordnungsrahmenName) != ''">
            <span class="sub"><xsl:value-of select="normalize-space(concat(xp:ordnungsrahmenName, ' ', xp:ordnungsrahmenVersion))"/></span>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="klassifikationen">
    <xsl:if test="xp:klassifikation">
      <xsl:call-template name="fact">
        <xsl:with-param name="k" select="'Klassifikation'"/>
        <xsl:with-param name="v">
          <ul class="plain">
            <xsl:for-each select="xp:klassifikation">
              <li>
                <code><xsl:value-of select="normalize-space(xp:klasseID)"/></code>
                <xsl:if test="normalize-space(xp:klasseName) != ''"><xsl:value-of select="concat(' ', normalize-space(xp:klasseName))"/></xsl:if>
                <span class="sub"><xsl:value-of select="normalize-space(concat(xp:ordnungsrahmenName, ' ', xp:ordnungsrahmenVersion))"/></span>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Keywords; exporters join several with | in one element. -->
  <xsl:template name="schlagworte">
    <xsl:if test="xp:schlagwort[normalize-space() != '']">
      <xsl:call-template name="fact">
        <xsl:with-param name="k" select="'Schlagwörter'"/>
        <xsl:with-param name="v">
          <div class="tags">
            <xsl:for-each select="xp:schlagwort">
              <xsl:for-each select="str:tokenize(., '|')[normalize-space() != '']">
                <span><xsl:value-of select="normalize-space(.)"/></span>
                <xsl:text> </xsl:text>
              </xsl:for-each>
            </xsl:for-each>
          </div>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="fact">
    <xsl:param name="k"/>
    <xsl:param name="v"/>
    <tr><th scope="row"><xsl:value-of select="$k"/></th><td><xsl:copy-of select="$v"/></td></tr>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- A row for a text element, left out when it is missing or empty. -->
  <xsl:template name="fact-text">
    <xsl:param name="k"/>
    <xsl:param name="n"/>
    <xsl:param name="code" select="false()"/>
    <xsl:if test="normalize-space($n[1]) != ''">
      <xsl:call-template name="fact">
        <xsl:with-param name="k" select="$k"/>
        <xsl:with-param name="v">
          <xsl:choose>
            <xsl:when test="$code"><code><xsl:value-of select="normalize-space($n[1])"/></code></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space($n[1])"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="fact-code">
    <xsl:param name="k"/>
    <xsl:param name="c"/>
    <xsl:param name="status" select="false()"/>
    <xsl:if test="$c/code">
      <xsl:call-template name="fact">
        <xsl:with-param name="k" select="$k"/>
        <xsl:with-param name="v">
          <xsl:choose>
            <xsl:when test="$status"><xsl:call-template name="status"><xsl:with-param name="c" select="$c"/></xsl:call-template></xsl:when>
            <xsl:otherwise>
              <code><xsl:value-of select="normalize-space($c/code)"/></code>
              <xsl:if test="normalize-space($c/name) != ''"><xsl:value-of select="concat(' ', normalize-space($c/name))"/></xsl:if>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:if test="$c/@listURI">
            <span class="sub"><xsl:value-of select="normalize-space(concat($c/@listURI, ' ', $c/@listVersionID))"/></span>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Freigabestatus (urn:xoev-de:xprozess:codeliste:status). -->
  <xsl:template name="status">
    <xsl:param name="c"/>
    <xsl:variable name="v" select="normalize-space($c/code)"/>
    <xsl:value-of select="$v"/>
    <xsl:choose>
      <xsl:when test="$v = '1'"> in Planung</xsl:when>
      <xsl:when test="$v = '2'"> in Bearbeitung</xsl:when>
      <xsl:when test="$v = '3'"> Entwurf</xsl:when>
      <xsl:when test="$v = '4'"> methodisch freigegeben</xsl:when>
      <xsl:when test="$v = '5'"> fachlich freigegeben (silber)</xsl:when>
      <xsl:when test="$v = '6'"> fachlich freigegeben (gold)</xsl:when>
      <xsl:when test="$v = '7'"> inaktiv</xsl:when>
      <xsl:when test="$v = '8'"> vorgesehen zum Löschen</xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="value">
    <xsl:choose>
      <xsl:when test="code"><code><xsl:value-of select="normalize-space(code)"/></code></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A link for an http(s) address, the address as text otherwise. -->
  <xsl:template name="link">
    <xsl:param name="url"/>
    <xsl:param name="text" select="''"/>
    <xsl:variable name="u" select="normalize-space($url)"/>
    <xsl:variable name="lu" select="translate($u, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:variable name="label">
      <xsl:choose>
        <xsl:when test="normalize-space($text) != ''"><xsl:value-of select="normalize-space($text)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$u"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="(starts-with($lu, 'https://') or starts-with($lu, 'http://')) and not(contains($u, ' '))">
        <a href="{$u}" rel="noopener noreferrer"><xsl:value-of select="$label"/></a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$label"/>
        <xsl:if test="$u != $label"><xsl:text> </xsl:text><code><xsl:value-of select="$u"/></code></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
