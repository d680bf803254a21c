<?xml version="1.0" encoding="UTF-8"?>
<!--
  xdf-csv.xsl - a CSV data dictionary of an XDatenfelder 2.0 or 3.0.0
  document (messages 0102 Stammdatenschema, 0103 Datenfeldgruppe,
  0104 Datenfeld).  Used by `fimkit convert` for the format csv.

  Parameters: none.

  Output (RFC 4180): UTF-8 with a byte order mark (Excel needs it to read
  UTF-8), comma separator, every record ends in CRLF.  A cell is quoted when
  it contains a comma, a double quote, CR or LF; inner double quotes are
  doubled.  First comes this fixed header row (fimkit recognises its own
  CSV files by it, so change it only together with src/convert):

    path,id,version,name,bezeichnung_eingabe,bezeichnung_ausgabe,datentyp,feldart,multiplicity,min_length,max_length,min_value,max_value,pattern,praezisierung,code_list,values,hilfetext,bezug

  then one row per field occurrence, in document order: a field embedded at
  three places of the structure gives three rows.  Columns:

    path                 ids from the root object down to the field, joined
                         by "/" (S.../G.../F...; a 0104 message: F... alone)
    id, version          identifikation of the field
    name                 name
    bezeichnung_eingabe  bezeichnungEingabe
    bezeichnung_ausgabe  bezeichnungAusgabe
    datentyp, feldart    the codes (text, select, ...)
    multiplicity         anzahl of this occurrence, min:max (empty for the
                         root field of a 0104 message)
    min_length .. pattern
                         XDF3: the praezisierung attributes.  XDF2: taken
                         from the praezisierung text when it is a JSON object
                         with string or number values (string escapes \" \\ \/
                         \n \r \t; not \uXXXX \b \f; numbers without
                         exponent; numbers are copied as written)
    praezisierung        XDF2 only: the praezisierung text as it is when it
                         is not such an object (finding X301) or has other
                         keys than the five above (finding X302); else empty
    code_list            code list reference "URI VERSION" (a URI has no
                         spaces), the canonicalVersionUri when there is no
                         URI, or "werte" for XDF3 inline values
    values               XDF3 inline values: "code=name; code=name", or the
                         values of the referenced code list when fimkit
                         was given it (option codelists of convert)
    hilfetext            hilfetextEingabe
    bezug                the field's bezug (XDF3: all of them joined by "; ")

  Codes, ids, versions, multiplicity and the length/value limits are
  whitespace-normalised; other text is trimmed of leading and trailing XML
  whitespace (pretty-printing) and kept as it is inside, line breaks too;
  pattern is kept exactly.

  Formula injection: a cell whose text begins with = + - @ TAB or CR gets a
  single quote ' in front, and so does a text that begins with ' itself, so
  that a reader gets the original back by removing one leading ' wherever
  there is one.  Exempt: min_value and max_value cells that are a plain
  negative decimal number (-5, -0.5): spreadsheets read those as number
  constants, never as formulas, and prefixing them would turn numeric data
  into text.

  Findings (common/finding.xsl), once per field and text:
    X301 warning  XDF2 praezisierung is not such a JSON object (see above)
    X302 warning  XDF2 praezisierung has keys other than minLength, maxLength,
                  minValue, maxValue and pattern
    X303 info     the document contains no field: header row only
    X304 info     inline values whose code contains "=" or ";" or whose name
                  contains "; ": the values cell cannot be split back
  Any other document stops with fk-fatal.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:x2="urn:xoev-de:fim:standard:xdatenfelder_2"
    xmlns:x3="urn:xoev-de:fim:standard:xdatenfelder_3.0.0"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="x2 x3 exsl">

  <xsl:include href="common/finding.xsl"/>
  <xsl:include href="common/codelist.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="header"
      select="'path,id,version,name,bezeichnung_eingabe,bezeichnung_ausgabe,datentyp,feldart,multiplicity,min_length,max_length,min_value,max_value,pattern,praezisierung,code_list,values,hilfetext,bezug'"/>
  <xsl:variable name="CR" select="'&#13;'"/>
  <xsl:variable name="LF" select="'&#10;'"/>
  <xsl:variable name="WS" select="' &#9;&#13;&#10;'"/>
  <!-- first characters that get the ' prefix -->
  <xsl:variable name="trigger">=+-@&#9;&#13;'</xsl:variable>
  <xsl:variable name="known-keys" select="'|minLength|maxLength|minValue|maxValue|pattern|'"/>

  <!-- XPath style: no predicate right after a parenthesised union, as in
       "(x2:a | x3:a)[1]": libxml2 2.9.14 sometimes evaluates that wrongly
       when threads share the compiled stylesheet (fimkit convert -j).
       concat(x2:a, x3:a) gives the same string, as a document uses one of
       the namespaces; a union that needs a predicate goes into a variable
       first. -->

  <!-- to report each XDF2 praezisierung problem once per field and text -->
  <xsl:key name="praez" match="x2:datenfeld"
      use="concat(normalize-space(x2:identifikation/x2:id), '|',
                  normalize-space(x2:identifikation/x2:version), '|', normalize-space(x2:praezisierung))"/>
  <xsl:key name="field3" match="x3:datenfeld"
      use="concat(normalize-space(x3:identifikation/x3:id), '|', normalize-space(x3:identifikation/x3:version))"/>

  <xsl:template match="/">
    <xsl:variable name="payloads"
        select="x2:xdatenfelder.stammdatenschema.0102/x2:stammdatenschema
                | x2:xdatenfelder.datenfeldgruppe.0103/x2:datenfeldgruppe
                | x2:xdatenfelder.datenfeld.0104/x2:datenfeld
                | x3:xdatenfelder.stammdatenschema.0102/x3:stammdatenschema
                | x3:xdatenfelder.datenfeldgruppe.0103/x3:datenfeldgruppe
                | x3:xdatenfelder.datenfeld.0104/x3:datenfeld"/>
    <xsl:variable name="payload" select="$payloads[1]"/>
    <xsl:if test="not($payload)">
      <xsl:call-template name="fk-fatal">
        <xsl:with-param name="text"
            select="concat('xdf-csv.xsl converts XDatenfelder 2.0 and 3.0.0 messages 0102, 0103 and 0104 only, not &quot;',
                           local-name(*), '&quot; in namespace &quot;', namespace-uri(*), '&quot;')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:text>&#xFEFF;</xsl:text>
    <xsl:value-of select="concat($header, $CR, $LF)"/>
    <xsl:apply-templates select="$payload" mode="walk"/>
    <xsl:if test="not($payload/descendant-or-self::x2:datenfeld | $payload/descendant-or-self::x3:datenfeld)">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X303'"/>
        <xsl:with-param name="severity" select="'info'"/>
        <xsl:with-param name="text" select="'the document contains no data field: the CSV has the header row only'"/>
        <xsl:with-param name="node" select="$payload"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Containers: descend into the structure in document order. -->
  <xsl:template match="x2:stammdatenschema | x2:datenfeldgruppe | x3:stammdatenschema | x3:datenfeldgruppe"
      mode="walk">
    <xsl:param name="path" select="''"/>
    <xsl:apply-templates mode="walk"
        select="x2:struktur/x2:enthaelt/x2:datenfeld | x2:struktur/x2:enthaelt/x2:datenfeldgruppe
                | x3:struktur/x3:enthaelt/x3:datenfeld | x3:struktur/x3:enthaelt/x3:datenfeldgruppe">
      <xsl:with-param name="path"
          select="concat($path, normalize-space(concat(x2:identifikation/x2:id, x3:identifikation/x3:id)), '/')"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- One row per field occurrence. -->
  <xsl:template match="x2:datenfeld | x3:datenfeld" mode="walk">
    <xsl:param name="path" select="''"/>
    <xsl:variable name="id" select="normalize-space(concat(x2:identifikation/x2:id, x3:identifikation/x3:id))"/>
    <xsl:variable name="version"
        select="normalize-space(concat(x2:identifikation/x2:version, x3:identifikation/x3:version))"/>

    <!-- XDF2 praezisierung: parsed JSON members, or <bad/> -->
    <xsl:variable name="p2">
      <xsl:call-template name="trim">
        <xsl:with-param name="s" select="string(x2:praezisierung)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="parsed">
      <xsl:if test="string($p2) != ''">
        <xsl:call-template name="json-object">
          <xsl:with-param name="s" select="string($p2)"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="pj" select="exsl:node-set($parsed)"/>
    <xsl:variable name="members" select="$pj[not(bad)]/m"/>
    <xsl:variable name="unknown" select="$members[not(contains($known-keys, concat('|', @k, '|')))]"/>
    <xsl:variable name="p3" select="x3:praezisierung"/>
    <xsl:variable name="first-of-kind"
        select="generate-id(.) = generate-id(key('praez', concat($id, '|', $version, '|', normalize-space(x2:praezisierung)))[1])"/>
    <xsl:if test="$pj/bad and $first-of-kind">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X301'"/>
        <xsl:with-param name="text"
            select="concat('praezisierung of field ', $id, ' could not be read as a JSON object of strings and numbers, kept as it is in column praezisierung: ',
                           substring($p2, 1, 100), substring('...', 1, 3 * (string-length($p2) &gt; 100)))"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$unknown and $first-of-kind">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X302'"/>
        <xsl:with-param name="text">
          <xsl:text>praezisierung of field </xsl:text>
          <xsl:value-of select="$id"/>
          <xsl:text> has keys other than minLength, maxLength, minValue, maxValue and pattern (</xsl:text>
          <xsl:for-each select="$unknown">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:value-of select="@k"/>
          </xsl:for-each>
          <xsl:text>), kept as it is in column praezisierung</xsl:text>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>

    <!-- inline values (XDF3) -->
    <xsl:variable name="werte" select="x3:werte/x3:wert"/>
    <xsl:if test="$werte[contains(x3:code, '=') or contains(x3:code, ';') or contains(x3:name, '; ')]
                  and generate-id(.) = generate-id(key('field3', concat($id, '|', $version))[1])">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X304'"/>
        <xsl:with-param name="severity" select="'info'"/>
        <xsl:with-param name="text"
            select="concat('values of field ', $id, ' contain &quot;=&quot; or &quot;;&quot; in a code or &quot;; &quot; in a name: the values cell cannot be split back unambiguously')"/>
      </xsl:call-template>
    </xsl:if>

    <xsl:call-template name="cell">
      <xsl:with-param name="value" select="concat($path, $id)"/>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell">
      <xsl:with-param name="value" select="$id"/>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell">
      <xsl:with-param name="value" select="$version"/>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="text-cell">
      <xsl:with-param name="s" select="concat(x2:name, x3:name)"/>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="text-cell">
      <xsl:with-param name="s" select="concat(x2:bezeichnungEingabe, x3:bezeichnungEingabe)"/>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="text-cell">
      <xsl:with-param name="s" select="concat(x2:bezeichnungAusgabe, x3:bezeichnungAusgabe)"/>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell">
      <xsl:with-param name="value" select="normalize-space(concat(x2:datentyp/code, x3:datentyp/code))"/>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell">
      <xsl:with-param name="value" select="normalize-space(concat(x2:feldart/code, x3:feldart/code))"/>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell">
      <xsl:with-param name="value" select="normalize-space(concat(../../x2:anzahl, ../../x3:anzahl))"/>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell">
      <xsl:with-param name="value" select="normalize-space(concat($p3/@minLength, $members[@k = 'minLength'][not(following-sibling::m/@k = 'minLength')]))"/>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell">
      <xsl:with-param name="value" select="normalize-space(concat($p3/@maxLength, $members[@k = 'maxLength'][not(following-sibling::m/@k = 'maxLength')]))"/>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell">
      <xsl:with-param name="value" select="normalize-space(concat($p3/@minValue, $members[@k = 'minValue'][not(following-sibling::m/@k = 'minValue')]))"/>
      <xsl:with-param name="number" select="true()"/>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell">
      <xsl:with-param name="value" select="normalize-space(concat($p3/@maxValue, $members[@k = 'maxValue'][not(following-sibling::m/@k = 'maxValue')]))"/>
      <xsl:with-param name="number" select="true()"/>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell">
      <xsl:with-param name="value" select="concat($p3/@pattern, $members[@k = 'pattern'][not(following-sibling::m/@k = 'pattern')])"/>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell">
      <xsl:with-param name="value" select="substring($p2, 1, string-length($p2) * boolean($pj/bad or $unknown))"/>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:variable name="ref" select="x2:codelisteReferenz/x2:genericodeIdentification | x3:codelisteReferenz"/>
    <xsl:variable name="uri" select="normalize-space(concat($ref/x2:canonicalIdentification, $ref/x3:canonicalIdentification))"/>
    <xsl:variable name="uri-version" select="normalize-space(concat($ref/x2:version, $ref/x3:version))"/>
    <xsl:variable name="version-uri"
        select="normalize-space(concat($ref/x2:canonicalVersionUri, $ref/x3:canonicalVersionUri))"/>
    <xsl:call-template name="cell">
      <xsl:with-param name="value">
        <xsl:choose>
          <xsl:when test="$uri != '' and $uri-version != ''"><xsl:value-of select="concat($uri, ' ', $uri-version)"/></xsl:when>
          <xsl:when test="$uri != ''"><xsl:value-of select="$uri"/></xsl:when>
          <xsl:when test="$version-uri != ''"><xsl:value-of select="$version-uri"/></xsl:when>
          <xsl:when test="$werte">werte</xsl:when>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <!-- a referenced list's values, when fimkit was given the list (convert
         option codelists) -->
    <xsl:variable name="listed-rtf">
      <xsl:if test="not($werte)">
        <xsl:call-template name="fk-codelist-values"/>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="listed" select="exsl:node-set($listed-rtf)/value"/>
    <xsl:call-template name="cell">
      <xsl:with-param name="value">
        <xsl:for-each select="$werte">
          <xsl:if test="position() &gt; 1">; </xsl:if>
          <xsl:value-of select="normalize-space(x3:code)"/>
          <xsl:text>=</xsl:text>
          <xsl:call-template name="trim">
            <xsl:with-param name="s" select="string(x3:name)"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:for-each select="$listed">
          <xsl:if test="position() &gt; 1">; </xsl:if>
          <xsl:value-of select="concat(@code, '=', @name)"/>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="text-cell">
      <xsl:with-param name="s" select="concat(x2:hilfetextEingabe, x3:hilfetextEingabe)"/>
    </xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell">
      <xsl:with-param name="value">
        <xsl:call-template name="trim">
          <xsl:with-param name="s" select="string(x2:bezug)"/>
        </xsl:call-template>
        <xsl:for-each select="x3:bezug[normalize-space()]">
          <xsl:if test="position() &gt; 1">; </xsl:if>
          <xsl:call-template name="trim">
            <xsl:with-param name="s" select="string(.)"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:value-of select="concat($CR, $LF)"/>
  </xsl:template>

  <!-- ===== CSV cells ===================================================== -->

  <xsl:template name="text-cell">
    <xsl:param name="s"/>
    <xsl:call-template name="cell">
      <xsl:with-param name="value">
        <xsl:call-template name="trim">
          <xsl:with-param name="s" select="$s"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- One cell: the ' prefix against formula injection, then RFC 4180
       quoting.  number: a plain negative decimal stays as it is. -->
  <xsl:template name="cell">
    <xsl:param name="value"/>
    <xsl:param name="number" select="false()"/>
    <xsl:variable name="v" select="string($value)"/>
    <xsl:variable name="c" select="substring($v, 1, 1)"/>
    <xsl:variable name="digits" select="substring($v, 2)"/>
    <xsl:variable name="rest" select="translate($digits, '0123456789', '')"/>
    <xsl:variable name="negative-number"
        select="$number and $c = '-' and $digits != ''
                and ($rest = '' or ($rest = '.' and not(starts-with($digits, '.'))
                                    and substring($digits, string-length($digits)) != '.'))"/>
    <xsl:variable name="safe">
      <xsl:if test="$c != '' and contains($trigger, $c) and not($negative-number)">'</xsl:if>
      <xsl:value-of select="$v"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="contains($safe, ',') or contains($safe, '&quot;') or contains($safe, $CR) or contains($safe, $LF)">
        <xsl:text>"</xsl:text>
        <xsl:call-template name="double-quotes">
          <xsl:with-param name="s" select="string($safe)"/>
        </xsl:call-template>
        <xsl:text>"</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$safe"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="double-quotes">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, '&quot;')">
        <xsl:value-of select="concat(substring-before($s, '&quot;'), '&quot;&quot;')"/>
        <xsl:call-template name="double-quotes">
          <xsl:with-param name="s" select="substring-after($s, '&quot;')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$s"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- s without leading and trailing space, TAB, CR and LF. -->
  <xsl:template name="trim">
    <xsl:param name="s"/>
    <xsl:variable name="n" select="normalize-space($s)"/>
    <xsl:if test="$n != ''">
      <xsl:call-template name="rtrim">
        <xsl:with-param name="s"
            select="substring($s, string-length(substring-before($s, substring($n, 1, 1))) + 1)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- s (not all whitespace) without trailing whitespace. -->
  <xsl:template name="rtrim">
    <xsl:param name="s"/>
    <xsl:variable name="len" select="string-length($s)"/>
    <xsl:choose>
      <xsl:when test="contains($WS, substring($s, $len, 1))">
        <xsl:call-template name="rtrim">
          <xsl:with-param name="s" select="substring($s, 1, $len - 1)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$s"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== XDF2 praezisierung: a small JSON object reader ================= -->
  <!-- Output: <m k="KEY">VALUE</m> per member in order, or <bad/> (possibly
       after some m) when s is not an object whose values are strings or
       numbers.  Strings may use the escapes \" \\ \/ \n \r \t. -->

  <xsl:template name="json-object">
    <xsl:param name="s"/>
    <xsl:variable name="t">
      <xsl:call-template name="ltrim">
        <xsl:with-param name="s" select="$s"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="starts-with($t, '{')">
        <xsl:call-template name="json-members">
          <xsl:with-param name="s" select="substring($t, 2)"/>
          <xsl:with-param name="first" select="true()"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <bad/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- s: the text after "{" or after ",". -->
  <xsl:template name="json-members">
    <xsl:param name="s"/>
    <xsl:param name="first" select="false()"/>
    <xsl:variable name="t">
      <xsl:call-template name="ltrim">
        <xsl:with-param name="s" select="$s"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$first and starts-with($t, '}')">
        <xsl:call-template name="json-end">
          <xsl:with-param name="s" select="substring($t, 2)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="starts-with($t, '&quot;')">
        <xsl:variable name="klen">
          <xsl:call-template name="json-string-length">
            <xsl:with-param name="s" select="substring($t, 2)"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="colon">
          <xsl:call-template name="ltrim">
            <xsl:with-param name="s" select="substring($t, $klen + 3)"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="v">
          <xsl:call-template name="ltrim">
            <xsl:with-param name="s" select="substring($colon, 2)"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="vlen">
          <xsl:choose>
            <xsl:when test="starts-with($v, '&quot;')">
              <xsl:call-template name="json-string-length">
                <xsl:with-param name="s" select="substring($v, 2)"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>-1</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <!-- a number runs up to the next , } or whitespace -->
        <xsl:variable name="num"
            select="substring-before(concat(translate($v, ',}&#9;&#10;&#13; ', '&quot;&quot;&quot;&quot;&quot;&quot;'), '&quot;'), '&quot;')"/>
        <!-- JSON number syntax without exponent: -?(0|[1-9][0-9]*)(.[0-9]+)? -->
        <xsl:variable name="unsigned" select="substring($num, 1 + starts-with($num, '-'))"/>
        <xsl:variable name="int" select="substring-before(concat($unsigned, '.'), '.')"/>
        <xsl:variable name="frac" select="substring-after($unsigned, '.')"/>
        <xsl:variable name="number-ok"
            select="$int != '' and translate($int, '0123456789', '') = ''
                    and ($int = '0' or not(starts-with($int, '0')))
                    and (not(contains($unsigned, '.')) or ($frac != '' and translate($frac, '0123456789', '') = ''))"/>
        <xsl:variable name="after">
          <xsl:choose>
            <xsl:when test="$vlen &gt;= 0">
              <xsl:call-template name="ltrim">
                <xsl:with-param name="s" select="substring($v, $vlen + 3)"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="ltrim">
                <xsl:with-param name="s" select="substring($v, string-length($num) + 1)"/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$klen &lt; 0 or not(starts-with($colon, ':'))
                          or ($vlen &lt; 0 and not($number-ok))">
            <bad/>
          </xsl:when>
          <xsl:otherwise>
            <m>
              <xsl:attribute name="k">
                <xsl:call-template name="json-decode">
                  <xsl:with-param name="s" select="substring($t, 2, $klen)"/>
                </xsl:call-template>
              </xsl:attribute>
              <xsl:choose>
                <xsl:when test="$vlen &gt;= 0">
                  <xsl:call-template name="json-decode">
                    <xsl:with-param name="s" select="substring($v, 2, $vlen)"/>
                  </xsl:call-template>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:value-of select="$num"/>
                </xsl:otherwise>
              </xsl:choose>
            </m>
            <xsl:choose>
              <xsl:when test="starts-with($after, ',')">
                <xsl:call-template name="json-members">
                  <xsl:with-param name="s" select="substring($after, 2)"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:when test="starts-with($after, '}')">
                <xsl:call-template name="json-end">
                  <xsl:with-param name="s" select="substring($after, 2)"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise>
                <bad/>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <bad/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Nothing but whitespace may follow the closing brace. -->
  <xsl:template name="json-end">
    <xsl:param name="s"/>
    <xsl:if test="normalize-space($s) != ''">
      <bad/>
    </xsl:if>
  </xsl:template>

  <!-- Length of the raw content of a JSON string; s starts after the
       opening quote.  -1 when it is not closed or has an escape we do not
       decode. -->
  <xsl:template name="json-string-length">
    <xsl:param name="s"/>
    <xsl:param name="n" select="0"/>
    <xsl:choose>
      <xsl:when test="not(contains($s, '&quot;'))">-1</xsl:when>
      <xsl:when test="not(contains(substring-before($s, '&quot;'), '\'))">
        <xsl:value-of select="$n + string-length(substring-before($s, '&quot;'))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="b" select="string-length(substring-before($s, '\'))"/>
        <xsl:variable name="e" select="substring($s, $b + 2, 1)"/>
        <xsl:choose>
          <xsl:when test="$e != '' and contains('&quot;\/nrt', $e)">
            <xsl:call-template name="json-string-length">
              <xsl:with-param name="s" select="substring($s, $b + 3)"/>
              <xsl:with-param name="n" select="$n + $b + 2"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>-1</xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Raw JSON string content (escapes checked by json-string-length) to text. -->
  <xsl:template name="json-decode">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, '\')">
        <xsl:variable name="e" select="substring(substring-after($s, '\'), 1, 1)"/>
        <xsl:value-of select="substring-before($s, '\')"/>
        <xsl:choose>
          <xsl:when test="$e = 'n'"><xsl:value-of select="$LF"/></xsl:when>
          <xsl:when test="$e = 'r'"><xsl:value-of select="$CR"/></xsl:when>
          <xsl:when test="$e = 't'"><xsl:text>&#9;</xsl:text></xsl:when>
          <xsl:otherwise><xsl:value-of select="$e"/></xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="json-decode">
          <xsl:with-param name="s" select="substring(substring-after($s, '\'), 2)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$s"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- s without leading whitespace. -->
  <xsl:template name="ltrim">
    <xsl:param name="s"/>
    <xsl:variable name="n" select="normalize-space($s)"/>
    <xsl:if test="$n != ''">
      <xsl:value-of select="substring($s, string-length(substring-before($s, substring($n, 1, 1))) + 1)"/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
