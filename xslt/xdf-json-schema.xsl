<?xml version="1.0" encoding="UTF-8"?>
<!--
  xdf-json-schema.xsl - an XDatenfelder 2.0 or 3.0.0 Datenschema (message 0102),
  Datenfeldgruppe (0103) or Datenfeld (0104) as a JSON Schema (draft 2020-12)
  for form engines and FIT-Connect submissions.  `fimkit convert` uses it for
  the format json-schema; it runs as well under plain xsltproc (nonet).

  Parameters (strings; fimkit convert takes them with its option param
  NAME=VALUE, xsltproc with stringparam):
    id-base                 prefix of "$id" (default urn:fim:); "$id" is
                            <id-base><id>:<version>, e.g. urn:fim:S00000000371:1.2.0
                            (urn:fim:<id> when the object has no version)
    additional-properties   false (default): objects reject keys that are not
                            their children's ids; true: they accept them

  The data described is keyed by id, as FIT-Connect submissions are:
  - a Datenschema or Datenfeldgruppe is an object whose properties are the
    ids of its children (F.../G...); a child group is a nested object;
  - multiplicity min:max of a child: max 1 gives a single value, otherwise an
    array with minItems (min > 0) and maxItems (not for *); min >= 1 makes the
    child "required";
  - an Auswahlgruppe (XDF3 datenfeldgruppe/art code X) gets "oneOf" with one
    alternative per child that requires that child, so exactly one child is
    given; its children are not "required" on their own (the oneOf decides);
  - feldart label (static text) carries no data and is no property;
    hidden stays a normal property, locked becomes "readOnly": true;
  - datentyp: text, text_latin string; date, time, datetime string with format
    date, time, date-time; bool boolean; num, num_currency number; num_int
    integer; file, obj string with "contentEncoding": "base64";
  - praezisierung (XDF3 attributes; XDF2 a string, usually JSON such as
    {"minLength":"1","maxLength":"100"}, or a range 1..31): minLength,
    maxLength on strings; minValue, maxValue on numbers as minimum, maximum;
    pattern as "^(?:pattern)$" (XDatenfelder patterns follow the HTML pattern
    attribute, which matches the whole value); what has no keyword for the
    datentyp (a date's minValue, say) goes into "$comment";
  - select: "oneOf" of {"const": code, "title": name} from XDF3 werte or from
    a genericode CodeList inside the same document, or from a code list given
    to fimkit (convert option codelists, through fk:codelist()); one that is only
    referenced becomes a plain string naming the list in "$comment" (codes
    are never invented);
  - a group or field (same id and version) occurring more than once is written
    once under "$defs" as "<id>V<version>" and referenced with
    "$ref": "#/$defs/<id>V<version>"; the first occurrence is used;
  - every field has "examples" with one value valid against the field's own
    schema: the field's inhalt when it is valid, else one built from the type
    and the constraints (for a pattern, a value generated from the pattern);
    inhalt also becomes "default" when it is valid.
  Titles are the objects' names, descriptions their definition (else their
  beschreibung), with white space normalised.

  Findings (see common/finding.xsl):
    X101 info     a select field's code list is only referenced: any string accepted
    X102 warning  praezisierung not understood, or partly (info: a range read as min..max)
    X103 warning  a praezisierung value is not usable (length not an integer, ...)
    X104 info     a constraint without keyword for the datentyp, kept in $comment
    X105 warning  multiplicity not min:max (read as 0:1, or a..b as a:b)
    X106 warning  constraints that no value can satisfy (also a multiplicity
                  whose minimum exceeds its maximum)
    X107 info     a rule (regel) is not carried over
    X108 warning  a select field without values
    X109 warning  a code occurring twice in a value list (the first is kept)
    X110 warning  a child id occurring twice in one group (the first is kept)
    X111 warning  unknown feldart or datentyp (read as input / text)
    X112 warning  inhalt that is not a valid value: neither default nor example
                  (info: inhalt of a field with a pattern, which cannot be checked)
    X113 warning  no valid example could be built (a pattern beyond the reader,
                  an absurd minLength): the example may not validate
    X114 info     Auswahlgruppe whose children have a minimum: oneOf decides
    X115 warning  a pattern that is not applied (invalid, or on a select field)
    X116 info     a 0104 label field: static text, the schema accepts only null
    X117 warning  a struktur that contains no field or group
  Stops (fk-fatal) on documents other than XDatenfelder 0102/0103/0104, on
  objects without an id, and on bad parameter values.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:str="http://exslt.org/strings"
    xmlns:fk="urn:fimkit:xslt"
    exclude-result-prefixes="exsl str fk">

  <xsl:include href="common/finding.xsl"/>
  <xsl:include href="common/json.xsl"/>

  <xsl:output method="text" encoding="UTF-8" media-type="application/schema+json"/>

  <xsl:param name="id-base" select="'urn:fim:'"/>
  <xsl:param name="additional-properties" select="'false'"/>

  <xsl:variable name="ns2" select="'urn:xoev-de:fim:standard:xdatenfelder_2'"/>
  <xsl:variable name="ns3" select="'urn:xoev-de:fim:standard:xdatenfelder_3.0.0'"/>
  <xsl:variable name="gc-ns" select="'http://docs.oasis-open.org/codelist/ns/genericode/1.0/'"/>
  <xsl:variable name="ns" select="namespace-uri(/*)"/>
  <xsl:variable name="msg" select="local-name(/*)"/>
  <xsl:variable name="payload"
      select="/*[namespace-uri() = $ns2 or namespace-uri() = $ns3]
              [local-name() = 'xdatenfelder.stammdatenschema.0102' or local-name() = 'xdatenfelder.datenfeldgruppe.0103'
               or local-name() = 'xdatenfelder.datenfeld.0104']
              /*[namespace-uri() = $ns][local-name() = 'stammdatenschema' or local-name() = 'datenfeldgruppe'
                                          or local-name() = 'datenfeld'][1]"/>
  <xsl:variable name="gc-lists" select="//*[local-name() = 'CodeList'][namespace-uri() = $gc-ns]"/>
  <xsl:variable name="feldarten" select="' input select label hidden locked '"/>
  <xsl:variable name="datentypen" select="' text text_latin date time datetime bool num num_int num_currency file obj '"/>
  <!-- printable ASCII in code order, for character comparisons in the pattern reader -->
  <xsl:variable name="ascii"> !"#$%&amp;'()*+,-./0123456789:;&lt;=&gt;?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~</xsl:variable>
  <xsl:variable name="lf" select="'&#10;'"/>
  <!-- longest example string built (guards against minLength="999999999") -->
  <xsl:variable name="max-example" select="100000"/>

  <!-- Objects embedded in a struktur, by id|version: more than one makes a $defs entry. -->
  <xsl:key name="fk-obj" match="*[local-name() = 'enthaelt']/*"
      use="concat(normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'id']), '|',
                  normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'version']))"/>
  <!-- A group's children by id, to find one occurring twice. -->
  <xsl:key name="fk-child" match="*[local-name() = 'struktur']"
      use="concat(generate-id(..), '|', normalize-space(*[local-name() = 'enthaelt']/*/*[local-name() = 'identifikation']/*[local-name() = 'id']))"/>
  <xsl:key name="fk-rule" match="*[local-name() = 'regel']"
      use="concat(normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'id']), '|',
                  normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'version']))"/>

  <!-- ===================================================================== -->
  <!-- the document                                                          -->
  <!-- ===================================================================== -->

  <xsl:template match="/">
    <xsl:if test="$additional-properties != 'false' and $additional-properties != 'true'">
      <xsl:call-template name="fk-fatal">
        <xsl:with-param name="text" select="concat('parameter additional-properties must be true or false, not &quot;', $additional-properties, '&quot;')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="not(contains($id-base, ':'))
                  or translate($id-base, ' &#9;&#10;&#13;&quot;#&lt;&gt;\^`{|}', '') != $id-base
                  or translate(substring($id-base, 1, 1),
                  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', '') != ''">
      <xsl:call-template name="fk-fatal">
        <xsl:with-param name="text" select="concat('parameter id-base must be the start of an absolute URI such as urn:fim:, not &quot;', $id-base, '&quot;')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="$ns != $ns2 and $ns != $ns3">
        <xsl:call-template name="fk-fatal">
          <xsl:with-param name="text" select="concat('not an XDatenfelder 2.0 or 3.0.0 document: root element ', $msg,
                                                     ' in namespace &quot;', $ns, '&quot;')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="not($payload)">
        <xsl:call-template name="fk-fatal">
          <xsl:with-param name="text" select="concat('json-schema converts XDatenfelder messages 0102, 0103 and 0104 with their payload; ',
                                                     $msg, ' is none of them or has no payload')"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
    <xsl:call-template name="need-id">
      <xsl:with-param name="E" select="$payload"/>
    </xsl:call-template>

    <!-- rules are scripts: no JSON Schema keyword can carry them -->
    <xsl:for-each select="//*[local-name() = 'regel'][*[local-name() = 'identifikation']]
                          [generate-id() = generate-id(key('fk-rule', concat(
                              normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'id']), '|',
                              normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'version'])))[1])]">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X107'"/>
        <xsl:with-param name="severity" select="'info'"/>
        <xsl:with-param name="text" select="concat('rule ', normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'id']),
                                                   ' (', normalize-space(*[local-name() = 'name']),
                                                   ') is not carried over: JSON Schema cannot express it')"/>
      </xsl:call-template>
    </xsl:for-each>

    <xsl:variable name="defs"
        select="//*[local-name() = 'enthaelt']/*[local-name() = 'datenfeld' or local-name() = 'datenfeldgruppe']
                [normalize-space(*[local-name() = 'feldart']/code) != 'label']
                [count(key('fk-obj', concat(normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'id']), '|',
                       normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'version'])))) &gt; 1]
                [generate-id() = generate-id(key('fk-obj', concat(
                       normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'id']), '|',
                       normalize-space(*[local-name() = 'identifikation']/*[local-name() = 'version'])))[1])]"/>
    <xsl:variable name="members">
      <xsl:call-template name="object-members">
        <xsl:with-param name="E" select="$payload"/>
        <xsl:with-param name="indent" select="''"/>
        <xsl:with-param name="is-root" select="true()"/>
      </xsl:call-template>
      <xsl:if test="$defs">
        <xsl:variable name="entries">
          <xsl:for-each select="$defs">
            <d>
              <xsl:call-template name="json-string">
                <xsl:with-param name="s">
                  <xsl:call-template name="def-name"><xsl:with-param name="E" select="."/></xsl:call-template>
                </xsl:with-param>
              </xsl:call-template>
              <xsl:text>: </xsl:text>
              <xsl:call-template name="object-body">
                <xsl:with-param name="E" select="."/>
                <xsl:with-param name="indent" select="'    '"/>
              </xsl:call-template>
            </d>
          </xsl:for-each>
        </xsl:variable>
        <m>
          <xsl:text>"$defs": </xsl:text>
          <xsl:call-template name="json-block">
            <xsl:with-param name="items" select="exsl:node-set($entries)/d"/>
            <xsl:with-param name="indent" select="'  '"/>
          </xsl:call-template>
        </m>
      </xsl:if>
    </xsl:variable>
    <xsl:call-template name="json-block">
      <xsl:with-param name="items" select="exsl:node-set($members)/m"/>
    </xsl:call-template>
    <xsl:value-of select="$lf"/>
  </xsl:template>

  <!-- Stops on an object without id: data is keyed by id. -->
  <xsl:template name="need-id">
    <xsl:param name="E"/>
    <xsl:if test="normalize-space($E/*[local-name() = 'identifikation']/*[local-name() = 'id']) = ''">
      <xsl:call-template name="fk-fatal">
        <xsl:with-param name="text" select="concat('the ', local-name($E), ' &quot;', normalize-space($E/*[local-name() = 'name']),
                                                   '&quot; has no id; JSON Schema keys data by id')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- <id>V<version>, the $defs name -->
  <xsl:template name="def-name">
    <xsl:param name="E"/>
    <xsl:variable name="v" select="normalize-space($E/*[local-name() = 'identifikation']/*[local-name() = 'version'])"/>
    <xsl:value-of select="normalize-space($E/*[local-name() = 'identifikation']/*[local-name() = 'id'])"/>
    <xsl:if test="$v != ''"><xsl:value-of select="concat('V', $v)"/></xsl:if>
  </xsl:template>

  <!-- ===================================================================== -->
  <!-- objects                                                               -->
  <!-- ===================================================================== -->

  <!-- The schema of an embedded object: a reference when it is shared. -->
  <xsl:template name="value-schema">
    <xsl:param name="E"/>
    <xsl:param name="indent"/>
    <xsl:choose>
      <xsl:when test="count(key('fk-obj', concat(normalize-space($E/*[local-name() = 'identifikation']/*[local-name() = 'id']), '|',
                      normalize-space($E/*[local-name() = 'identifikation']/*[local-name() = 'version'])))) &gt; 1">
        <xsl:variable name="name">
          <xsl:call-template name="def-name"><xsl:with-param name="E" select="$E"/></xsl:call-template>
        </xsl:variable>
        <!-- a JSON pointer in a URI fragment: ~ and / escaped, then percent-encoding -->
        <xsl:variable name="ptr" select="str:replace(str:replace($name, '~', '~0'), '/', '~1')"/>
        <xsl:text>{"$ref": </xsl:text>
        <xsl:call-template name="json-string">
          <xsl:with-param name="s" select="concat('#/$defs/', str:encode-uri($ptr, true()))"/>
        </xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="object-body">
          <xsl:with-param name="E" select="$E"/>
          <xsl:with-param name="indent" select="$indent"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="object-body">
    <xsl:param name="E"/>
    <xsl:param name="indent"/>
    <xsl:variable name="members">
      <xsl:call-template name="object-members">
        <xsl:with-param name="E" select="$E"/>
        <xsl:with-param name="indent" select="$indent"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="json-block">
      <xsl:with-param name="items" select="exsl:node-set($members)/m"/>
      <xsl:with-param name="indent" select="$indent"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="object-members">
    <xsl:param name="E"/>
    <xsl:param name="indent"/>
    <xsl:param name="is-root" select="false()"/>
    <xsl:choose>
      <xsl:when test="local-name($E) = 'datenfeld'">
        <xsl:call-template name="field-members">
          <xsl:with-param name="F" select="$E"/>
          <xsl:with-param name="indent" select="$indent"/>
          <xsl:with-param name="is-root" select="$is-root"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="group-members">
          <xsl:with-param name="G" select="$E"/>
          <xsl:with-param name="indent" select="$indent"/>
          <xsl:with-param name="is-root" select="$is-root"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- $schema, $comment, $id (root only), title, description -->
  <xsl:template name="head-members">
    <xsl:param name="E"/>
    <xsl:param name="is-root" select="false()"/>
    <xsl:param name="notes" select="/.."/>
    <xsl:variable name="id" select="normalize-space($E/*[local-name() = 'identifikation']/*[local-name() = 'id'])"/>
    <xsl:variable name="version" select="normalize-space($E/*[local-name() = 'identifikation']/*[local-name() = 'version'])"/>
    <xsl:variable name="comment">
      <xsl:if test="$is-root">
        <xsl:text>Generated by fimkit convert --to json-schema from XDatenfelder </xsl:text>
        <xsl:choose>
          <xsl:when test="$ns = $ns3">3.0.0</xsl:when>
          <xsl:otherwise>2.0</xsl:otherwise>
        </xsl:choose>
        <xsl:value-of select="concat(' message ', substring($msg, string-length($msg) - 3), ' (', $id)"/>
        <xsl:if test="$version != ''"><xsl:value-of select="concat(' version ', $version)"/></xsl:if>
        <xsl:text>). Data is keyed by field and group id; labels carry no data and are left out.</xsl:text>
      </xsl:if>
      <xsl:for-each select="$notes">
        <xsl:if test="$is-root or position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
        <xsl:value-of select="."/>
        <xsl:text>.</xsl:text>
      </xsl:for-each>
    </xsl:variable>
    <xsl:if test="$is-root">
      <m>"$schema": "https://json-schema.org/draft/2020-12/schema"</m>
    </xsl:if>
    <xsl:if test="string($comment) != ''">
      <m>
        <xsl:text>"$comment": </xsl:text>
        <xsl:call-template name="json-string"><xsl:with-param name="s" select="normalize-space($comment)"/></xsl:call-template>
      </m>
    </xsl:if>
    <xsl:if test="$is-root">
      <m>
        <xsl:text>"$id": </xsl:text>
        <xsl:call-template name="json-string">
          <xsl:with-param name="s">
            <xsl:value-of select="concat($id-base, str:encode-uri($id, true()))"/>
            <xsl:if test="$version != ''"><xsl:value-of select="concat(':', str:encode-uri($version, true()))"/></xsl:if>
          </xsl:with-param>
        </xsl:call-template>
      </m>
    </xsl:if>
    <m>
      <xsl:text>"title": </xsl:text>
      <xsl:call-template name="json-string">
        <xsl:with-param name="s">
          <xsl:choose>
            <xsl:when test="normalize-space($E/*[local-name() = 'name']) != ''">
              <xsl:value-of select="normalize-space($E/*[local-name() = 'name'])"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$id"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </m>
    <xsl:variable name="description">
      <xsl:choose>
        <xsl:when test="normalize-space($E/*[local-name() = 'definition']) != ''">
          <xsl:value-of select="normalize-space($E/*[local-name() = 'definition'])"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="normalize-space($E/*[local-name() = 'beschreibung'])"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="string($description) != ''">
      <m>
        <xsl:text>"description": </xsl:text>
        <xsl:call-template name="json-string"><xsl:with-param name="s" select="$description"/></xsl:call-template>
      </m>
    </xsl:if>
  </xsl:template>

  <!-- ===================================================================== -->
  <!-- Datenschema and Datenfeldgruppe                                       -->
  <!-- ===================================================================== -->

  <xsl:template name="group-members">
    <xsl:param name="G"/>
    <xsl:param name="indent"/>
    <xsl:param name="is-root" select="false()"/>
    <xsl:variable name="in" select="concat($indent, '  ')"/>
    <xsl:variable name="choice" select="normalize-space($G/*[local-name() = 'art']/code) = 'X'"/>
    <xsl:variable name="props-rtf">
      <xsl:for-each select="$G/*[local-name() = 'struktur']">
        <xsl:variable name="c" select="*[local-name() = 'enthaelt']/*[local-name() = 'datenfeld' or local-name() = 'datenfeldgruppe'][1]"/>
        <xsl:variable name="cid" select="normalize-space($c/*[local-name() = 'identifikation']/*[local-name() = 'id'])"/>
        <xsl:choose>
          <xsl:when test="not($c)">
            <xsl:call-template name="fk-finding">
              <xsl:with-param name="code" select="'X117'"/>
              <xsl:with-param name="text" select="concat('a struktur (', position(), ' in ', normalize-space($G/*[local-name() = 'identifikation']/*[local-name() = 'id']),
                                                         ') contains no datenfeld or datenfeldgruppe: left out')"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="normalize-space($c/*[local-name() = 'feldart']/code) = 'label'"/>
          <xsl:when test="$cid = ''">
            <xsl:call-template name="need-id"><xsl:with-param name="E" select="$c"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="generate-id() != generate-id(key('fk-child', concat(generate-id(..), '|', $cid))
                          [normalize-space(*[local-name() = 'enthaelt']/*/*[local-name() = 'feldart']/code) != 'label'][1])">
            <xsl:call-template name="fk-finding">
              <xsl:with-param name="code" select="'X110'"/>
              <xsl:with-param name="text" select="concat($cid, ' occurs more than once in this ', local-name($G),
                                                         '; data keyed by id can hold it once: only the first is carried over')"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:variable name="raw" select="normalize-space(*[local-name() = 'anzahl'])"/>
            <xsl:variable name="mm">
              <xsl:call-template name="parse-anzahl"><xsl:with-param name="s" select="$raw"/></xsl:call-template>
            </xsl:variable>
            <xsl:variable name="min" select="substring-before($mm, ':')"/>
            <xsl:variable name="max" select="substring-before(substring-after($mm, ':'), ':')"/>
            <xsl:variable name="how" select="substring-after(substring-after($mm, ':'), ':')"/>
            <xsl:if test="$how != 'ok'">
              <xsl:call-template name="fk-finding">
                <xsl:with-param name="code" select="'X105'"/>
                <xsl:with-param name="node" select="*[local-name() = 'anzahl']"/>
                <xsl:with-param name="text">
                  <xsl:value-of select="concat('multiplicity &quot;', $raw, '&quot; of ', $cid, ' is not min:max; ')"/>
                  <xsl:choose>
                    <xsl:when test="$how = 'range'"><xsl:value-of select="concat('read as ', $min, ':', $max)"/></xsl:when>
                    <xsl:otherwise>read as 0:1 (optional, single value)</xsl:otherwise>
                  </xsl:choose>
                </xsl:with-param>
              </xsl:call-template>
            </xsl:if>
            <xsl:if test="$max != '*' and number($min) &gt; number($max)">
              <xsl:call-template name="fk-finding">
                <xsl:with-param name="code" select="'X106'"/>
                <xsl:with-param name="node" select="$c"/>
                <xsl:with-param name="text" select="concat('multiplicity ', $min, ':', $max, ' of ', $cid,
                                                           ': the minimum exceeds the maximum, no data can satisfy it')"/>
              </xsl:call-template>
            </xsl:if>
            <p min="{$min}" id="{$cid}">
              <xsl:call-template name="json-string"><xsl:with-param name="s" select="$cid"/></xsl:call-template>
              <xsl:text>: </xsl:text>
              <xsl:call-template name="property-schema">
                <xsl:with-param name="E" select="$c"/>
                <xsl:with-param name="min" select="$min"/>
                <xsl:with-param name="max" select="$max"/>
                <xsl:with-param name="indent" select="concat($in, '  ')"/>
              </xsl:call-template>
            </p>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="props" select="exsl:node-set($props-rtf)/p"/>
    <xsl:variable name="notes-rtf">
      <xsl:if test="$choice">
        <n>Auswahlgruppe: exactly one of the children is given</n>
      </xsl:if>
    </xsl:variable>
    <xsl:if test="$choice and $props[number(@min) &gt;= 1]">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X114'"/>
        <xsl:with-param name="severity" select="'info'"/>
        <xsl:with-param name="node" select="$G"/>
        <xsl:with-param name="text" select="'Auswahlgruppe: the children are alternatives (oneOf), so their minimum multiplicity does not make them required'"/>
      </xsl:call-template>
    </xsl:if>

    <xsl:call-template name="head-members">
      <xsl:with-param name="E" select="$G"/>
      <xsl:with-param name="is-root" select="$is-root"/>
      <xsl:with-param name="notes" select="exsl:node-set($notes-rtf)/n"/>
    </xsl:call-template>
    <m>"type": "object"</m>
    <m>
      <xsl:text>"properties": </xsl:text>
      <xsl:call-template name="json-block">
        <xsl:with-param name="items" select="$props"/>
        <xsl:with-param name="indent" select="$in"/>
      </xsl:call-template>
    </m>
    <xsl:variable name="required-rtf">
      <xsl:if test="not($choice)">
        <xsl:for-each select="$props[number(@min) &gt;= 1]">
          <r><xsl:call-template name="json-string"><xsl:with-param name="s" select="@id"/></xsl:call-template></r>
        </xsl:for-each>
      </xsl:if>
    </xsl:variable>
    <xsl:if test="exsl:node-set($required-rtf)/r">
      <m>
        <xsl:text>"required": </xsl:text>
        <xsl:call-template name="json-inline">
          <xsl:with-param name="items" select="exsl:node-set($required-rtf)/r"/>
        </xsl:call-template>
      </m>
    </xsl:if>
    <m>"additionalProperties": <xsl:value-of select="$additional-properties"/></m>
    <xsl:if test="$choice and $props">
      <xsl:variable name="alts-rtf">
        <xsl:for-each select="$props">
          <a>
            <!-- properties repeated so that strict validators (Ajv strictRequired) see the key defined -->
            <xsl:variable name="key"><xsl:call-template name="json-string"><xsl:with-param name="s" select="@id"/></xsl:call-template></xsl:variable>
            <xsl:value-of select="concat('{&quot;properties&quot;: {', $key, ': true}, &quot;required&quot;: [', $key, ']}')"/>
          </a>
        </xsl:for-each>
      </xsl:variable>
      <m>
        <xsl:text>"oneOf": </xsl:text>
        <xsl:call-template name="json-block">
          <xsl:with-param name="items" select="exsl:node-set($alts-rtf)/a"/>
          <xsl:with-param name="indent" select="$in"/>
          <xsl:with-param name="open" select="'['"/>
          <xsl:with-param name="close" select="']'"/>
        </xsl:call-template>
      </m>
    </xsl:if>
  </xsl:template>

  <!-- min:max -> "MIN:MAX:HOW": HOW ok, range (written min..max) or bad (read as 0:1). -->
  <xsl:template name="parse-anzahl">
    <xsl:param name="s"/>
    <xsl:variable name="sep">
      <xsl:choose>
        <xsl:when test="contains($s, ':')">:</xsl:when>
        <xsl:when test="contains($s, '..')">..</xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="a" select="substring-before($s, $sep)"/>
    <xsl:variable name="b" select="substring-after($s, $sep)"/>
    <xsl:choose>
      <xsl:when test="$sep != '' and $a != '' and translate($a, '0123456789', '') = ''
                      and ($b = '*' or ($b != '' and translate($b, '0123456789', '') = ''))">
        <xsl:value-of select="concat(number($a), ':')"/>
        <xsl:choose>
          <xsl:when test="$b = '*'">*</xsl:when>
          <xsl:otherwise><xsl:value-of select="number($b)"/></xsl:otherwise>
        </xsl:choose>
        <xsl:choose>
          <xsl:when test="$sep = ':'">:ok</xsl:when>
          <xsl:otherwise>:range</xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>0:1:bad</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A child's schema: its value, or an array of values when max is not 1. -->
  <xsl:template name="property-schema">
    <xsl:param name="E"/>
    <xsl:param name="min"/>
    <xsl:param name="max"/>
    <xsl:param name="indent"/>
    <xsl:choose>
      <xsl:when test="$max = '1'">
        <xsl:call-template name="value-schema">
          <xsl:with-param name="E" select="$E"/>
          <xsl:with-param name="indent" select="$indent"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="m">
          <m>"type": "array"</m>
          <m>
            <xsl:text>"items": </xsl:text>
            <xsl:call-template name="value-schema">
              <xsl:with-param name="E" select="$E"/>
              <xsl:with-param name="indent" select="concat($indent, '  ')"/>
            </xsl:call-template>
          </m>
          <xsl:if test="number($min) &gt; 0"><m>"minItems": <xsl:value-of select="$min"/></m></xsl:if>
          <xsl:if test="$max != '*'"><m>"maxItems": <xsl:value-of select="$max"/></m></xsl:if>
        </xsl:variable>
        <xsl:call-template name="json-block">
          <xsl:with-param name="items" select="exsl:node-set($m)/m"/>
          <xsl:with-param name="indent" select="$indent"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== -->
  <!-- Datenfeld                                                             -->
  <!-- ===================================================================== -->

  <xsl:template name="field-members">
    <xsl:param name="F"/>
    <xsl:param name="indent"/>
    <xsl:param name="is-root" select="false()"/>
    <xsl:variable name="in" select="concat($indent, '  ')"/>
    <xsl:variable name="fa0" select="normalize-space($F/*[local-name() = 'feldart']/code)"/>
    <xsl:variable name="dt0" select="normalize-space($F/*[local-name() = 'datentyp']/code)"/>
    <xsl:variable name="fa">
      <xsl:choose>
        <xsl:when test="$fa0 != '' and contains($feldarten, concat(' ', $fa0, ' '))"><xsl:value-of select="$fa0"/></xsl:when>
        <xsl:otherwise>input</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="dt">
      <xsl:choose>
        <xsl:when test="$dt0 != '' and contains($datentypen, concat(' ', $dt0, ' '))"><xsl:value-of select="$dt0"/></xsl:when>
        <xsl:otherwise>text</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="$fa != $fa0">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X111'"/>
        <xsl:with-param name="node" select="$F"/>
        <xsl:with-param name="text" select="concat('unknown feldart &quot;', $fa0, '&quot;: read as input')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$dt != $dt0 and $fa != 'label'">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X111'"/>
        <xsl:with-param name="node" select="$F"/>
        <xsl:with-param name="text" select="concat('unknown datentyp &quot;', $dt0, '&quot;: read as text')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:variable name="kind">
      <xsl:choose>
        <xsl:when test="$fa = 'label'">label</xsl:when>
        <xsl:when test="$fa = 'select'">select</xsl:when>
        <xsl:when test="$dt = 'date' or $dt = 'time' or $dt = 'datetime'"><xsl:value-of select="$dt"/></xsl:when>
        <xsl:when test="$dt = 'bool'">boolean</xsl:when>
        <xsl:when test="$dt = 'num' or $dt = 'num_currency'">number</xsl:when>
        <xsl:when test="$dt = 'num_int'">integer</xsl:when>
        <xsl:when test="$dt = 'file' or $dt = 'obj'">binary</xsl:when>
        <xsl:otherwise>string</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="inhalt" select="string($F/*[local-name() = 'inhalt'][1])"/>
    <xsl:variable name="inhalt-n" select="normalize-space($inhalt)"/>

    <!-- praezisierung, read once; its problems are reported here -->
    <xsl:variable name="c-rtf">
      <xsl:if test="$kind != 'label'">
        <xsl:call-template name="constraints"><xsl:with-param name="F" select="$F"/></xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="c" select="exsl:node-set($c-rtf)"/>
    <xsl:for-each select="$c/problem">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="@code"/>
        <xsl:with-param name="severity" select="@severity"/>
        <xsl:with-param name="node" select="$F/*[local-name() = 'praezisierung']"/>
        <xsl:with-param name="text" select="."/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:variable name="minL0" select="string($c/minLength)"/>
    <xsl:variable name="maxL0" select="string($c/maxLength)"/>
    <xsl:variable name="minV0" select="string($c/minValue)"/>
    <xsl:variable name="maxV0" select="string($c/maxValue)"/>
    <xsl:variable name="pat0" select="string($c/pattern)"/>

    <!-- select: the values -->
    <xsl:variable name="src-rtf">
      <xsl:if test="$kind = 'select'">
        <xsl:call-template name="select-source"><xsl:with-param name="F" select="$F"/></xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="src" select="exsl:node-set($src-rtf)/src"/>
    <xsl:variable name="codes" select="exsl:node-set($src-rtf)/code[not(@v = preceding-sibling::code/@v)]"/>
    <xsl:for-each select="exsl:node-set($src-rtf)/code[@v = preceding-sibling::code/@v]">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X109'"/>
        <xsl:with-param name="node" select="$F"/>
        <xsl:with-param name="text" select="concat('code &quot;', @v, '&quot; occurs more than once in the values: the first is kept')"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:if test="$kind = 'select' and not($codes)">
      <xsl:choose>
        <xsl:when test="$src/@kind = 'ref'">
          <xsl:call-template name="fk-finding">
            <xsl:with-param name="code" select="'X101'"/>
            <xsl:with-param name="severity" select="'info'"/>
            <xsl:with-param name="node" select="$F"/>
            <xsl:with-param name="text" select="concat('the codes of ', $src/@list, ' are not part of the document: the field accepts any string')"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="fk-finding">
            <xsl:with-param name="code" select="'X108'"/>
            <xsl:with-param name="node" select="$F"/>
            <xsl:with-param name="text" select="'select field without values (no werte, no code list): it accepts any string'"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>

    <!-- which constraints apply -->
    <xsl:variable name="lengths" select="$kind = 'string' or ($kind = 'select' and not($codes))"/>
    <xsl:variable name="minL"><xsl:if test="$lengths"><xsl:value-of select="$minL0"/></xsl:if></xsl:variable>
    <xsl:variable name="maxL"><xsl:if test="$lengths"><xsl:value-of select="$maxL0"/></xsl:if></xsl:variable>
    <xsl:variable name="values" select="$kind = 'number' or $kind = 'integer'"/>
    <xsl:variable name="minV-ok"><xsl:call-template name="fk-is-decimal"><xsl:with-param name="s" select="$minV0"/></xsl:call-template></xsl:variable>
    <xsl:variable name="maxV-ok"><xsl:call-template name="fk-is-decimal"><xsl:with-param name="s" select="$maxV0"/></xsl:call-template></xsl:variable>
    <xsl:variable name="minV"><xsl:if test="$values and $minV-ok = 'true'"><xsl:value-of select="$minV0"/></xsl:if></xsl:variable>
    <xsl:variable name="maxV"><xsl:if test="$values and $maxV-ok = 'true'"><xsl:value-of select="$maxV0"/></xsl:if></xsl:variable>
    <xsl:variable name="rx-rtf">
      <xsl:if test="$kind = 'string' and $pat0 != ''">
        <xsl:call-template name="rx-example">
          <xsl:with-param name="p" select="$pat0"/>
          <xsl:with-param name="min">
            <xsl:choose><xsl:when test="$minL != ''"><xsl:value-of select="$minL"/></xsl:when><xsl:otherwise>0</xsl:otherwise></xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="max">
            <xsl:choose><xsl:when test="$maxL != ''"><xsl:value-of select="$maxL"/></xsl:when><xsl:otherwise>-1</xsl:otherwise></xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="rx" select="exsl:node-set($rx-rtf)/*"/>
    <xsl:variable name="pat">
      <xsl:if test="$kind = 'string' and not($rx/self::fail[@kind = 'invalid'])"><xsl:value-of select="$pat0"/></xsl:if>
    </xsl:variable>

    <!-- findings and notes on what does not apply -->
    <xsl:variable name="notes-rtf">
      <xsl:if test="$fa = 'hidden'"><n>Hidden field (feldart hidden)</n></xsl:if>
      <xsl:if test="$fa = 'locked'"><n>Locked field (feldart locked): read-only</n></xsl:if>
      <xsl:if test="$kind = 'label'"><n>Feldart label: static text that carries no data</n></xsl:if>
      <xsl:if test="$dt = 'text_latin' and ($kind = 'string' or $kind = 'select')">
        <n>Datentyp text_latin: only characters of String.Latin+ 1.2 (DIN SPEC 91379), not checked by this schema</n>
      </xsl:if>
      <xsl:if test="$kind = 'time'"><n>Datentyp time (hour and minute) as an RFC 3339 time, e.g. 14:30:00+01:00</n></xsl:if>
      <xsl:if test="$kind = 'select'">
        <xsl:choose>
          <xsl:when test="$src/@kind = 'gc' and $codes and $src/@given"><n><xsl:value-of select="concat('Codes from ', $src/@list, ' as given to the conversion')"/></n></xsl:when>
          <xsl:when test="$src/@kind = 'gc' and $codes"><n><xsl:value-of select="concat('Codes from ', $src/@list, ' in this document')"/></n></xsl:when>
          <xsl:when test="$src/@kind = 'ref'"><n><xsl:value-of select="concat('Codes from ', $src/@list, ', which is not part of this document: not checked')"/></n></xsl:when>
        </xsl:choose>
        <xsl:if test="$dt != 'text' and $dt != 'text_latin'">
          <n><xsl:value-of select="concat('Datentyp ', $dt, ': the value is the code')"/></n>
        </xsl:if>
      </xsl:if>
      <xsl:if test="$kind = 'binary'">
        <xsl:if test="normalize-space($F/*[local-name() = 'maxSize']) != ''">
          <n><xsl:value-of select="concat('At most ', normalize-space($F/*[local-name() = 'maxSize']), ' bytes (maxSize)')"/></n>
        </xsl:if>
        <xsl:if test="count($F/*[local-name() = 'mediaType']) &gt; 1">
          <n>
            <xsl:text>Media types </xsl:text>
            <xsl:for-each select="$F/*[local-name() = 'mediaType']">
              <xsl:if test="position() &gt; 1">, </xsl:if>
              <xsl:value-of select="normalize-space(.)"/>
            </xsl:for-each>
          </n>
        </xsl:if>
      </xsl:if>
      <xsl:if test="($minL0 != '' or $maxL0 != '') and not($lengths)">
        <n><xsl:value-of select="concat('Praezisierung length ', $minL0, '..', $maxL0, ' not applied to ', $kind, ' values')"/></n>
      </xsl:if>
      <xsl:if test="$pat0 != '' and $pat = ''">
        <n><xsl:value-of select="concat('Praezisierung pattern &quot;', $pat0, '&quot; not applied')"/></n>
      </xsl:if>
      <xsl:if test="($minV0 != '' or $maxV0 != '') and not($values)">
        <n>
          <xsl:choose>
            <xsl:when test="$kind = 'date' or $kind = 'time' or $kind = 'datetime'">
              <xsl:if test="$minV0 != ''"><xsl:value-of select="concat('Earliest ', $minV0, ' (minValue)')"/></xsl:if>
              <xsl:if test="$minV0 != '' and $maxV0 != ''">, </xsl:if>
              <xsl:if test="$maxV0 != ''"><xsl:value-of select="concat(substring('lL', 1 + number($minV0 = ''), 1), 'atest ', $maxV0, ' (maxValue)')"/></xsl:if>
              <xsl:text>, not checked by this schema</xsl:text>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="concat('Praezisierung value range ', $minV0, '..', $maxV0, ' not applied to ', $kind, ' values')"/>
            </xsl:otherwise>
          </xsl:choose>
        </n>
      </xsl:if>
      <xsl:if test="$values and $minV0 != '' and $minV = ''">
        <n><xsl:value-of select="concat('Praezisierung minValue ', $minV0, ' not applied: not a decimal number')"/></n>
      </xsl:if>
      <xsl:if test="$values and $maxV0 != '' and $maxV = ''">
        <n><xsl:value-of select="concat('Praezisierung maxValue ', $maxV0, ' not applied: not a decimal number')"/></n>
      </xsl:if>
      <xsl:if test="$pat != '' and $inhalt-n != ''">
        <n><xsl:value-of select="concat('Inhalt &quot;', $inhalt, '&quot; is no default: it cannot be checked against the pattern here')"/></n>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="notes" select="exsl:node-set($notes-rtf)/n"/>

    <xsl:if test="($minL0 != '' or $maxL0 != '') and not($lengths)">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X104'"/>
        <xsl:with-param name="severity" select="'info'"/>
        <xsl:with-param name="node" select="$F"/>
        <xsl:with-param name="text">
          <xsl:choose>
            <xsl:when test="$kind = 'select'">praezisierung minLength/maxLength of a select field with values not applied: the codes define the values</xsl:when>
            <xsl:otherwise><xsl:value-of select="concat('praezisierung minLength/maxLength has no keyword for datentyp ', $dt, ': kept in $comment')"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$pat0 != '' and $kind != 'string'">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X115'"/>
        <xsl:with-param name="node" select="$F"/>
        <xsl:with-param name="text" select="concat('praezisierung pattern &quot;', $pat0, '&quot; not applied to a field of feldart ',
                                                   $fa, ' and datentyp ', $dt, ': kept in $comment')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$rx/self::fail[@kind = 'invalid']">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X115'"/>
        <xsl:with-param name="node" select="$F"/>
        <xsl:with-param name="text" select="concat('praezisierung pattern &quot;', $pat0, '&quot; is not a valid regular expression (',
                                                   $rx, '): not applied, kept in $comment')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="($minV0 != '' or $maxV0 != '') and not($values)">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X104'"/>
        <xsl:with-param name="severity" select="'info'"/>
        <xsl:with-param name="node" select="$F"/>
        <xsl:with-param name="text" select="concat('praezisierung minValue/maxValue has no keyword for datentyp ', $dt, ': kept in $comment')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$values and $minV0 != '' and $minV = ''">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X103'"/>
        <xsl:with-param name="node" select="$F"/>
        <xsl:with-param name="text" select="concat('praezisierung minValue &quot;', $minV0, '&quot; is not a decimal number (such as -1.5): not applied')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$values and $maxV0 != '' and $maxV = ''">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X103'"/>
        <xsl:with-param name="node" select="$F"/>
        <xsl:with-param name="text" select="concat('praezisierung maxValue &quot;', $maxV0, '&quot; is not a decimal number (such as -1.5): not applied')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$minL != '' and $maxL != '' and number($minL) &gt; number($maxL)">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X106'"/>
        <xsl:with-param name="node" select="$F"/>
        <xsl:with-param name="text" select="concat('minLength ', $minL, ' exceeds maxLength ', $maxL, ': no value can satisfy both')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$minV != '' and $maxV != '' and number($minV) &gt; number($maxV)">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X106'"/>
        <xsl:with-param name="node" select="$F"/>
        <xsl:with-param name="text" select="concat('minValue ', $minV, ' exceeds maxValue ', $maxV, ': no value can satisfy both')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$rx/self::fail[@kind = 'conflict']">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X106'"/>
        <xsl:with-param name="node" select="$F"/>
        <xsl:with-param name="text" select="concat('pattern &quot;', $pat0, '&quot; and length ', $minL, '..', $maxL, ' together: ', $rx)"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="not($rx) and $minL != '' and number($minL) &gt; $max-example
                  and ($kind = 'string' or ($kind = 'select' and not($codes)))">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X113'"/>
        <xsl:with-param name="node" select="$F"/>
        <xsl:with-param name="text" select="concat('minLength ', $minL, ' is too large to build an example: the example does not satisfy it')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$rx/self::fail[@kind = 'unsupported']">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X113'"/>
        <xsl:with-param name="node" select="$F"/>
        <xsl:with-param name="text" select="concat('no example derived from pattern &quot;', $pat0, '&quot; (', $rx, '): the example may not match it')"/>
      </xsl:call-template>
    </xsl:if>

    <!-- inhalt: valid as default and example? -->
    <!-- with a pattern, inhalt cannot be checked: it is neither default nor example -->
    <xsl:variable name="inhalt-json">
      <xsl:if test="$inhalt-n != '' and $kind != 'label' and $pat = ''">
        <xsl:call-template name="value-literal">
          <xsl:with-param name="kind" select="$kind"/>
          <xsl:with-param name="v" select="$inhalt"/>
          <xsl:with-param name="minL" select="$minL"/>
          <xsl:with-param name="maxL" select="$maxL"/>
          <xsl:with-param name="minV" select="$minV"/>
          <xsl:with-param name="maxV" select="$maxV"/>
          <xsl:with-param name="codes" select="$codes"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:if test="$inhalt-n != '' and $kind != 'label' and $pat != ''">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X112'"/>
        <xsl:with-param name="severity" select="'info'"/>
        <xsl:with-param name="node" select="$F/*[local-name() = 'inhalt'][1]"/>
        <xsl:with-param name="text" select="concat('inhalt &quot;', $inhalt-n, '&quot; is not used as default: it cannot be checked against the pattern')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$inhalt-n != '' and $kind != 'label' and $pat = '' and string($inhalt-json) = ''">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X112'"/>
        <xsl:with-param name="node" select="$F/*[local-name() = 'inhalt'][1]"/>
        <xsl:with-param name="text" select="concat('inhalt &quot;', $inhalt-n, '&quot; is not a valid ', $kind,
                                                   ' value for this field: used neither as default nor as example')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:variable name="example">
      <xsl:choose>
        <xsl:when test="$kind = 'label'">null</xsl:when>
        <xsl:when test="$rx/self::ok">
          <xsl:call-template name="json-string"><xsl:with-param name="s" select="string($rx)"/></xsl:call-template>
        </xsl:when>
        <xsl:when test="string($inhalt-json) != ''"><xsl:value-of select="$inhalt-json"/></xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="made-example">
            <xsl:with-param name="kind" select="$kind"/>
            <xsl:with-param name="minL" select="$minL"/>
            <xsl:with-param name="maxL" select="$maxL"/>
            <xsl:with-param name="minV" select="$minV"/>
            <xsl:with-param name="maxV" select="$maxV"/>
            <xsl:with-param name="minV0" select="$minV0"/>
            <xsl:with-param name="maxV0" select="$maxV0"/>
            <xsl:with-param name="codes" select="$codes"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="$kind = 'label' and $is-root">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'X116'"/>
        <xsl:with-param name="severity" select="'info'"/>
        <xsl:with-param name="node" select="$F"/>
        <xsl:with-param name="text" select="'the field is a label (static text) and carries no data: the schema accepts only null'"/>
      </xsl:call-template>
    </xsl:if>

    <!-- the members -->
    <xsl:call-template name="head-members">
      <xsl:with-param name="E" select="$F"/>
      <xsl:with-param name="is-root" select="$is-root"/>
      <xsl:with-param name="notes" select="$notes"/>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="$kind = 'label'"><m>"type": "null"</m></xsl:when>
      <xsl:when test="$kind = 'boolean'"><m>"type": "boolean"</m></xsl:when>
      <xsl:when test="$kind = 'number'"><m>"type": "number"</m></xsl:when>
      <xsl:when test="$kind = 'integer'"><m>"type": "integer"</m></xsl:when>
      <xsl:otherwise><m>"type": "string"</m></xsl:otherwise>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="$kind = 'date'"><m>"format": "date"</m></xsl:when>
      <xsl:when test="$kind = 'time'"><m>"format": "time"</m></xsl:when>
      <xsl:when test="$kind = 'datetime'"><m>"format": "date-time"</m></xsl:when>
      <xsl:when test="$kind = 'binary'">
        <m>"contentEncoding": "base64"</m>
        <xsl:if test="count($F/*[local-name() = 'mediaType']) = 1">
          <m>
            <xsl:text>"contentMediaType": </xsl:text>
            <xsl:call-template name="json-string"><xsl:with-param name="s" select="normalize-space($F/*[local-name() = 'mediaType'])"/></xsl:call-template>
          </m>
        </xsl:if>
      </xsl:when>
    </xsl:choose>
    <xsl:if test="$minL != ''"><m>"minLength": <xsl:value-of select="$minL"/></m></xsl:if>
    <xsl:if test="$maxL != ''"><m>"maxLength": <xsl:value-of select="$maxL"/></m></xsl:if>
    <xsl:if test="$pat != ''">
      <m>
        <xsl:text>"pattern": </xsl:text>
        <xsl:call-template name="json-string"><xsl:with-param name="s" select="concat('^(?:', $pat, ')$')"/></xsl:call-template>
      </m>
    </xsl:if>
    <xsl:if test="$minV != ''">
      <m>"minimum": <xsl:call-template name="json-decimal"><xsl:with-param name="s" select="$minV"/></xsl:call-template></m>
    </xsl:if>
    <xsl:if test="$maxV != ''">
      <m>"maximum": <xsl:call-template name="json-decimal"><xsl:with-param name="s" select="$maxV"/></xsl:call-template></m>
    </xsl:if>
    <xsl:if test="$codes">
      <xsl:variable name="alts-rtf">
        <xsl:for-each select="$codes">
          <a>
            <xsl:text>{"const": </xsl:text>
            <xsl:call-template name="json-string"><xsl:with-param name="s" select="@v"/></xsl:call-template>
            <xsl:text>, "title": </xsl:text>
            <xsl:call-template name="json-string">
              <xsl:with-param name="s">
                <xsl:choose>
                  <xsl:when test="@n != ''"><xsl:value-of select="@n"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="@v"/></xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
            </xsl:call-template>
            <xsl:if test="@h != ''">
              <xsl:text>, "description": </xsl:text>
              <xsl:call-template name="json-string"><xsl:with-param name="s" select="@h"/></xsl:call-template>
            </xsl:if>
            <xsl:text>}</xsl:text>
          </a>
        </xsl:for-each>
      </xsl:variable>
      <m>
        <xsl:text>"oneOf": </xsl:text>
        <xsl:call-template name="json-block">
          <xsl:with-param name="items" select="exsl:node-set($alts-rtf)/a"/>
          <xsl:with-param name="indent" select="$in"/>
          <xsl:with-param name="open" select="'['"/>
          <xsl:with-param name="close" select="']'"/>
        </xsl:call-template>
      </m>
    </xsl:if>
    <xsl:if test="$fa = 'locked'"><m>"readOnly": true</m></xsl:if>
    <xsl:if test="string($inhalt-json) != ''"><m>"default": <xsl:value-of select="$inhalt-json"/></m></xsl:if>
    <m>"examples": [<xsl:value-of select="$example"/>]</m>
  </xsl:template>

  <!-- ===================================================================== -->
  <!-- values                                                                -->
  <!-- ===================================================================== -->

  <!-- v as a JSON literal of the field's kind when valid for the field's own
       schema, else nothing.  Patterns are not checked (see rx-example). -->
  <xsl:template name="value-literal">
    <xsl:param name="kind"/>
    <xsl:param name="v"/>
    <xsl:param name="minL"/>
    <xsl:param name="maxL"/>
    <xsl:param name="minV"/>
    <xsl:param name="maxV"/>
    <xsl:param name="codes" select="/.."/>
    <xsl:variable name="n" select="normalize-space($v)"/>
    <xsl:choose>
      <xsl:when test="$kind = 'select' and $codes">
        <xsl:if test="$codes[@v = $n]">
          <xsl:call-template name="json-string"><xsl:with-param name="s" select="$n"/></xsl:call-template>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$kind = 'string' or $kind = 'select'">
        <xsl:if test="($minL = '' or string-length($v) &gt;= number($minL)) and ($maxL = '' or string-length($v) &lt;= number($maxL))">
          <xsl:call-template name="json-string"><xsl:with-param name="s" select="$v"/></xsl:call-template>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$kind = 'number' or $kind = 'integer'">
        <xsl:variable name="dec"><xsl:call-template name="fk-is-decimal"><xsl:with-param name="s" select="$n"/></xsl:call-template></xsl:variable>
        <xsl:if test="$dec = 'true' and ($kind = 'number' or number($n) = floor(number($n)))
                      and ($minV = '' or number($n) &gt;= number($minV)) and ($maxV = '' or number($n) &lt;= number($maxV))">
          <xsl:call-template name="json-decimal"><xsl:with-param name="s" select="$n"/></xsl:call-template>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$kind = 'boolean'">
        <xsl:if test="$n = 'true' or $n = 'false'"><xsl:value-of select="$n"/></xsl:if>
      </xsl:when>
      <xsl:when test="$kind = 'date' or $kind = 'time' or $kind = 'datetime'">
        <xsl:variable name="ok">
          <xsl:call-template name="is-temporal">
            <xsl:with-param name="kind" select="$kind"/>
            <xsl:with-param name="s" select="$n"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:if test="$ok = 'true'">
          <xsl:call-template name="json-string"><xsl:with-param name="s" select="$n"/></xsl:call-template>
        </xsl:if>
      </xsl:when>
      <!-- binary: a default file makes no sense -->
    </xsl:choose>
  </xsl:template>

  <!-- An example built from the kind and the constraints, as a JSON literal. -->
  <xsl:template name="made-example">
    <xsl:param name="kind"/>
    <xsl:param name="minL"/>
    <xsl:param name="maxL"/>
    <xsl:param name="minV"/>
    <xsl:param name="maxV"/>
    <xsl:param name="minV0"/>
    <xsl:param name="maxV0"/>
    <xsl:param name="codes" select="/.."/>
    <xsl:choose>
      <xsl:when test="$kind = 'select' and $codes">
        <xsl:call-template name="json-string"><xsl:with-param name="s" select="$codes[1]/@v"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$kind = 'string' or $kind = 'select'">
        <xsl:variable name="len">
          <xsl:choose>
            <!-- an absurd minLength gets a short (invalid) example, reported as X113 -->
            <xsl:when test="$minL != '' and number($minL) &gt; $max-example">1</xsl:when>
            <xsl:when test="$minL != '' and number($minL) &gt; 1"><xsl:value-of select="$minL"/></xsl:when>
            <xsl:when test="$maxL != '' and number($maxL) = 0">0</xsl:when>
            <xsl:otherwise>1</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:value-of select="concat('&quot;', str:padding(number($len), 'x'), '&quot;')"/>
      </xsl:when>
      <xsl:when test="$kind = 'date' or $kind = 'time' or $kind = 'datetime'">
        <xsl:variable name="min-ok"><xsl:call-template name="is-temporal"><xsl:with-param name="kind" select="$kind"/><xsl:with-param name="s" select="$minV0"/></xsl:call-template></xsl:variable>
        <xsl:variable name="max-ok"><xsl:call-template name="is-temporal"><xsl:with-param name="kind" select="$kind"/><xsl:with-param name="s" select="$maxV0"/></xsl:call-template></xsl:variable>
        <xsl:choose>
          <xsl:when test="$min-ok = 'true'"><xsl:value-of select="concat('&quot;', $minV0, '&quot;')"/></xsl:when>
          <xsl:when test="$max-ok = 'true'"><xsl:value-of select="concat('&quot;', $maxV0, '&quot;')"/></xsl:when>
          <xsl:when test="$kind = 'date'">"2024-01-31"</xsl:when>
          <xsl:when test="$kind = 'time'">"12:00:00+01:00"</xsl:when>
          <xsl:otherwise>"2024-01-31T12:00:00+01:00"</xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$kind = 'boolean'">true</xsl:when>
      <xsl:when test="$kind = 'number' or $kind = 'integer'">
        <xsl:choose>
          <xsl:when test="$minV != '' and ($kind = 'number' or number($minV) = floor(number($minV)))">
            <xsl:call-template name="json-decimal"><xsl:with-param name="s" select="$minV"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="$minV != ''"><xsl:value-of select="ceiling(number($minV))"/></xsl:when>
          <xsl:when test="$maxV != '' and number($maxV) &lt; 0 and ($kind = 'number' or number($maxV) = floor(number($maxV)))">
            <xsl:call-template name="json-decimal"><xsl:with-param name="s" select="$maxV"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="$maxV != '' and number($maxV) &lt; 0"><xsl:value-of select="floor(number($maxV))"/></xsl:when>
          <xsl:otherwise>0</xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <!-- base64 of "example" -->
      <xsl:when test="$kind = 'binary'">"ZXhhbXBsZQ=="</xsl:when>
      <xsl:otherwise>null</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 'true' when s is a date (YYYY-MM-DD), time (hh:mm:ss with Z or offset)
       or date-time as JSON Schema's formats take them. -->
  <xsl:template name="is-temporal">
    <xsl:param name="kind"/>
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="$kind = 'date'">
        <xsl:call-template name="is-date"><xsl:with-param name="s" select="$s"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$kind = 'time'">
        <xsl:call-template name="is-time"><xsl:with-param name="s" select="$s"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$kind = 'datetime' and substring($s, 11, 1) = 'T'">
        <xsl:variable name="d"><xsl:call-template name="is-date"><xsl:with-param name="s" select="substring($s, 1, 10)"/></xsl:call-template></xsl:variable>
        <xsl:variable name="t"><xsl:call-template name="is-time"><xsl:with-param name="s" select="substring($s, 12)"/></xsl:call-template></xsl:variable>
        <xsl:if test="$d = 'true' and $t = 'true'">true</xsl:if>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="is-date">
    <xsl:param name="s"/>
    <xsl:if test="translate($s, '0123456789', '9999999999') = '9999-99-99'">
      <xsl:variable name="y" select="number(substring($s, 1, 4))"/>
      <xsl:variable name="m" select="number(substring($s, 6, 2))"/>
      <xsl:variable name="d" select="number(substring($s, 9, 2))"/>
      <xsl:variable name="leap" select="($y mod 4 = 0 and $y mod 100 != 0) or $y mod 400 = 0"/>
      <xsl:variable name="days" select="substring('312831303130313130313031', 2 * $m - 1, 2) + number($m = 2 and $leap)"/>
      <xsl:if test="$m &gt;= 1 and $m &lt;= 12 and $d &gt;= 1 and $d &lt;= $days">true</xsl:if>
    </xsl:if>
  </xsl:template>

  <xsl:template name="is-time">
    <xsl:param name="s"/>
    <xsl:variable name="mask" select="translate($s, '0123456789', '9999999999')"/>
    <xsl:if test="($mask = '99:99:99Z' or $mask = '99:99:99+99:99' or $mask = '99:99:99-99:99')
                  and number(substring($s, 1, 2)) &lt; 24 and number(substring($s, 4, 2)) &lt; 60
                  and number(substring($s, 7, 2)) &lt; 60
                  and (string-length($s) = 9 or (number(substring($s, 10, 2)) &lt; 24 and number(substring($s, 13, 2)) &lt; 60))">true</xsl:if>
  </xsl:template>

  <!-- ===================================================================== -->
  <!-- praezisierung                                                         -->
  <!-- ===================================================================== -->

  <!-- The constraints of a field as elements minLength, maxLength, minValue,
       maxValue, pattern, and problem (@code, @severity) for what cannot be read. -->
  <xsl:template name="constraints">
    <xsl:param name="F"/>
    <xsl:variable name="p" select="$F/*[local-name() = 'praezisierung'][1]"/>
    <xsl:variable name="text">
      <xsl:call-template name="ltrim"><xsl:with-param name="s" select="string($p)"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="shown" select="normalize-space($text)"/>
    <xsl:choose>
      <xsl:when test="$p/@*">
        <!-- XDF3: attributes -->
        <xsl:for-each select="$p/@minLength | $p/@maxLength">
          <xsl:call-template name="length-constraint">
            <xsl:with-param name="name" select="local-name()"/>
            <xsl:with-param name="v" select="normalize-space(.)"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:if test="normalize-space($p/@minValue) != ''"><minValue><xsl:value-of select="normalize-space($p/@minValue)"/></minValue></xsl:if>
        <xsl:if test="normalize-space($p/@maxValue) != ''"><maxValue><xsl:value-of select="normalize-space($p/@maxValue)"/></maxValue></xsl:if>
        <xsl:if test="$p/@pattern != ''"><pattern><xsl:value-of select="$p/@pattern"/></pattern></xsl:if>
        <xsl:if test="$shown != ''">
          <problem code="X102" severity="warning">
            <xsl:value-of select="concat('text &quot;', $shown, '&quot; of praezisierung ignored (the attributes apply)')"/>
          </problem>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$shown = ''"/>
      <xsl:when test="starts-with($text, '{')">
        <!-- XDF2: JSON -->
        <xsl:variable name="parsed">
          <xsl:call-template name="prz-json"><xsl:with-param name="s" select="substring($text, 2)"/></xsl:call-template>
        </xsl:variable>
        <xsl:variable name="ps" select="exsl:node-set($parsed)/*"/>
        <xsl:for-each select="$ps[self::kv][not(@k = preceding-sibling::kv/@k)]">
          <xsl:choose>
            <xsl:when test="@k = 'minLength' or @k = 'maxLength'">
              <xsl:call-template name="length-constraint">
                <xsl:with-param name="name" select="@k"/>
                <xsl:with-param name="v" select="normalize-space(.)"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:when test="@k = 'minValue' or @k = 'maxValue'">
              <xsl:if test="normalize-space(.) != ''">
                <xsl:element name="{@k}"><xsl:value-of select="normalize-space(.)"/></xsl:element>
              </xsl:if>
            </xsl:when>
            <xsl:when test="@k = 'pattern'">
              <xsl:if test="string(.) != ''"><pattern><xsl:value-of select="."/></pattern></xsl:if>
            </xsl:when>
            <xsl:otherwise>
              <problem code="X102" severity="warning">
                <xsl:value-of select="concat('praezisierung key &quot;', @k, '&quot; not understood: ignored')"/>
              </problem>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
        <xsl:for-each select="$ps[self::bad][1]">
          <problem code="X102" severity="warning">
            <xsl:value-of select="concat('praezisierung &quot;', $shown, '&quot; is not a well-formed JSON object (', ., ')')"/>
            <xsl:if test="$ps[self::kv]">: only the members before the error are applied</xsl:if>
            <xsl:if test="not($ps[self::kv])">: not applied</xsl:if>
          </problem>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <!-- XDF2 free text: only a range a..b is read -->
        <xsl:variable name="a" select="normalize-space(substring-before($text, '..'))"/>
        <xsl:variable name="b" select="normalize-space(substring-after($text, '..'))"/>
        <xsl:variable name="a-ok"><xsl:call-template name="fk-is-decimal"><xsl:with-param name="s" select="$a"/></xsl:call-template></xsl:variable>
        <xsl:variable name="b-ok"><xsl:call-template name="fk-is-decimal"><xsl:with-param name="s" select="$b"/></xsl:call-template></xsl:variable>
        <xsl:choose>
          <xsl:when test="$a-ok = 'true' and $b-ok = 'true'">
            <minValue><xsl:value-of select="$a"/></minValue>
            <maxValue><xsl:value-of select="$b"/></maxValue>
            <problem code="X102" severity="info">
              <xsl:value-of select="concat('praezisierung &quot;', $shown, '&quot; read as minValue ', $a, ', maxValue ', $b)"/>
            </problem>
          </xsl:when>
          <xsl:otherwise>
            <problem code="X102" severity="warning">
              <xsl:value-of select="concat('praezisierung &quot;', $shown, '&quot; not understood (neither JSON nor a range min..max): not applied')"/>
            </problem>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="length-constraint">
    <xsl:param name="name"/>
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="$v = ''"/>
      <xsl:when test="translate($v, '0123456789', '') = '' and string-length($v) &lt; 10">
        <xsl:element name="{$name}"><xsl:value-of select="number($v)"/></xsl:element>
      </xsl:when>
      <xsl:otherwise>
        <problem code="X103" severity="warning">
          <xsl:value-of select="concat('praezisierung ', $name, ' &quot;', $v, '&quot; is not a whole number: not applied')"/>
        </problem>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- JSON object members after the "{": kv elements (@k key, text value),
       bad for the first syntax error. -->
  <xsl:template name="prz-json">
    <xsl:param name="s"/>
    <xsl:variable name="t"><xsl:call-template name="ltrim"><xsl:with-param name="s" select="$s"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="starts-with($t, '}')">
        <xsl:if test="normalize-space(substring($t, 2)) != ''"><bad>text after the closing brace</bad></xsl:if>
      </xsl:when>
      <xsl:when test="not(starts-with($t, '&quot;'))"><bad>a member does not start with a quoted key</bad></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="kend"><xsl:call-template name="json-qend"><xsl:with-param name="s" select="substring($t, 2)"/></xsl:call-template></xsl:variable>
        <xsl:variable name="after-key">
          <xsl:call-template name="ltrim"><xsl:with-param name="s" select="substring($t, $kend + 3)"/></xsl:call-template>
        </xsl:variable>
        <xsl:variable name="v0">
          <xsl:call-template name="ltrim"><xsl:with-param name="s" select="substring($after-key, 2)"/></xsl:call-template>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$kend &lt; 0"><bad>unterminated key</bad></xsl:when>
          <xsl:when test="not(starts-with($after-key, ':'))"><bad>no colon after a key</bad></xsl:when>
          <xsl:when test="starts-with($v0, '&quot;')">
            <xsl:variable name="vend"><xsl:call-template name="json-qend"><xsl:with-param name="s" select="substring($v0, 2)"/></xsl:call-template></xsl:variable>
            <xsl:choose>
              <xsl:when test="$vend &lt; 0"><bad>unterminated string</bad></xsl:when>
              <xsl:otherwise>
                <xsl:variable name="raw" select="substring($v0, 2, $vend)"/>
                <xsl:variable name="val"><xsl:call-template name="json-unescape"><xsl:with-param name="s" select="$raw"/></xsl:call-template></xsl:variable>
                <xsl:choose>
                  <xsl:when test="contains($val, '&#xE000;')"><bad>an escape other than \" \\ \/ \n \r \t or \u for ASCII</bad></xsl:when>
                  <xsl:otherwise>
                    <kv>
                      <xsl:attribute name="k"><xsl:call-template name="json-unescape"><xsl:with-param name="s" select="substring($t, 2, $kend)"/></xsl:call-template></xsl:attribute>
                      <xsl:value-of select="$val"/>
                    </kv>
                    <xsl:call-template name="prz-json-next"><xsl:with-param name="s" select="substring($v0, $vend + 3)"/></xsl:call-template>
                  </xsl:otherwise>
                </xsl:choose>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:when>
          <xsl:otherwise>
            <!-- a bare number (or true/false/null) up to the next , or } -->
            <xsl:variable name="tok">
              <xsl:choose>
                <xsl:when test="contains($v0, ',') and (not(contains($v0, '}')) or string-length(substring-before($v0, ',')) &lt; string-length(substring-before($v0, '}')))">
                  <xsl:value-of select="substring-before($v0, ',')"/>
                </xsl:when>
                <xsl:when test="contains($v0, '}')"><xsl:value-of select="substring-before($v0, '}')"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$v0"/></xsl:otherwise>
              </xsl:choose>
            </xsl:variable>
            <xsl:choose>
              <xsl:when test="normalize-space($tok) = '' or contains(normalize-space($tok), ' ')"><bad>a value is missing or not a JSON value</bad></xsl:when>
              <xsl:otherwise>
                <kv>
                  <xsl:attribute name="k"><xsl:call-template name="json-unescape"><xsl:with-param name="s" select="substring($t, 2, $kend)"/></xsl:call-template></xsl:attribute>
                  <xsl:value-of select="normalize-space($tok)"/>
                </kv>
                <xsl:call-template name="prz-json-next"><xsl:with-param name="s" select="substring($v0, string-length($tok) + 1)"/></xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="prz-json-next">
    <xsl:param name="s"/>
    <xsl:variable name="t"><xsl:call-template name="ltrim"><xsl:with-param name="s" select="$s"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="starts-with($t, ',')">
        <xsl:call-template name="prz-json"><xsl:with-param name="s" select="substring($t, 2)"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="starts-with($t, '}')">
        <xsl:if test="normalize-space(substring($t, 2)) != ''"><bad>text after the closing brace</bad></xsl:if>
      </xsl:when>
      <xsl:otherwise><bad>no comma or closing brace after a value</bad></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Length of a JSON string's content up to its closing quote (s starts
       after the opening one); -1 when there is none. -->
  <xsl:template name="json-qend">
    <xsl:param name="s"/>
    <xsl:param name="acc" select="0"/>
    <xsl:choose>
      <xsl:when test="not(contains($s, '&quot;'))">-1</xsl:when>
      <xsl:otherwise>
        <xsl:variable name="before" select="substring-before($s, '&quot;')"/>
        <xsl:variable name="bs">
          <xsl:call-template name="trailing-backslashes"><xsl:with-param name="s" select="$before"/></xsl:call-template>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$bs mod 2 = 0"><xsl:value-of select="$acc + string-length($before)"/></xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="json-qend">
              <xsl:with-param name="s" select="substring-after($s, '&quot;')"/>
              <xsl:with-param name="acc" select="$acc + string-length($before) + 1"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="trailing-backslashes">
    <xsl:param name="s"/>
    <xsl:param name="n" select="0"/>
    <xsl:choose>
      <xsl:when test="substring($s, string-length($s)) = '\'">
        <xsl:call-template name="trailing-backslashes">
          <xsl:with-param name="s" select="substring($s, 1, string-length($s) - 1)"/>
          <xsl:with-param name="n" select="$n + 1"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- JSON string content to text; an escape it cannot map becomes U+E000
       (private use), which the caller reports. -->
  <xsl:template name="json-unescape">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="not(contains($s, '\'))"><xsl:value-of select="$s"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="rest" select="substring-after($s, '\')"/>
        <xsl:variable name="e" select="substring($rest, 1, 1)"/>
        <xsl:value-of select="substring-before($s, '\')"/>
        <xsl:choose>
          <xsl:when test="$e = '&quot;' or $e = '\' or $e = '/'"><xsl:value-of select="$e"/></xsl:when>
          <xsl:when test="$e = 'n'"><xsl:text>&#10;</xsl:text></xsl:when>
          <xsl:when test="$e = 'r'"><xsl:text>&#13;</xsl:text></xsl:when>
          <xsl:when test="$e = 't'"><xsl:text>&#9;</xsl:text></xsl:when>
          <xsl:when test="$e = 'u'">
            <xsl:variable name="c">
              <xsl:call-template name="hex-ascii"><xsl:with-param name="h" select="substring($rest, 2, 4)"/></xsl:call-template>
            </xsl:variable>
            <xsl:choose>
              <xsl:when test="string($c) != ''"><xsl:value-of select="$c"/></xsl:when>
              <xsl:otherwise><xsl:text>&#xE000;</xsl:text></xsl:otherwise>
            </xsl:choose>
          </xsl:when>
          <xsl:otherwise><xsl:text>&#xE000;</xsl:text></xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="json-unescape">
          <xsl:with-param name="s" select="substring($rest, 2 + 4 * number($e = 'u'))"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The printable ASCII character with hex code h (2 or 4 digits), else nothing. -->
  <xsl:template name="hex-ascii">
    <xsl:param name="h"/>
    <xsl:variable name="u" select="translate($h, 'abcdef', 'ABCDEF')"/>
    <xsl:if test="translate($u, '0123456789ABCDEF', '') = '' and (string-length($u) = 2 or string-length($u) = 4)">
      <xsl:variable name="lo" select="substring($u, string-length($u) - 1)"/>
      <xsl:variable name="code" select="16 * string-length(substring-before('0123456789ABCDEF', substring($lo, 1, 1)))
                                        + string-length(substring-before('0123456789ABCDEF', substring($lo, 2, 1)))"/>
      <xsl:if test="(string-length($u) = 2 or starts-with($u, '00')) and $code &gt;= 32 and $code &lt;= 126">
        <xsl:value-of select="substring($ascii, $code - 31, 1)"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- s without leading white space: the first occurrence of the first
       non-space character is where it starts (no recursion) -->
  <xsl:template name="ltrim">
    <xsl:param name="s"/>
    <xsl:variable name="c" select="substring(normalize-space($s), 1, 1)"/>
    <xsl:if test="$c != ''">
      <xsl:value-of select="substring($s, string-length(substring-before($s, $c)) + 1)"/>
    </xsl:if>
  </xsl:template>

  <!-- ===================================================================== -->
  <!-- select values                                                         -->
  <!-- ===================================================================== -->

  <!-- one code element per row of the genericode list (columns by XDF3
       codeKey/nameKey/helpKey, else the list's key and the next column) -->
  <xsl:template name="gc-codes">
    <xsl:param name="F"/>
    <xsl:param name="list"/>
        <xsl:variable name="cols" select="$list/*[local-name() = 'ColumnSet']/*[local-name() = 'Column']"/>
    <xsl:variable name="cc">
      <xsl:choose>
        <xsl:when test="normalize-space($F/*[local-name() = 'codeKey']) != ''"><xsl:value-of select="normalize-space($F/*[local-name() = 'codeKey'])"/></xsl:when>
        <xsl:when test="$list/*[local-name() = 'ColumnSet']/*[local-name() = 'Key']/*[local-name() = 'ColumnRef']/@Ref">
          <xsl:value-of select="$list/*[local-name() = 'ColumnSet']/*[local-name() = 'Key']/*[local-name() = 'ColumnRef']/@Ref"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$cols[1]/@Id"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="nc">
      <xsl:choose>
        <xsl:when test="normalize-space($F/*[local-name() = 'nameKey']) != ''"><xsl:value-of select="normalize-space($F/*[local-name() = 'nameKey'])"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$cols[@Id != $cc][1]/@Id"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="hc" select="normalize-space($F/*[local-name() = 'helpKey'])"/>
    <!-- values without ColumnRef follow the column order -->
    <xsl:variable name="cpos" select="count($cols[@Id = $cc]/preceding-sibling::*[local-name() = 'Column']) + 1"/>
    <xsl:variable name="npos" select="count($cols[@Id = $nc]/preceding-sibling::*[local-name() = 'Column']) + 1"/>
    <xsl:for-each select="$list/*[local-name() = 'SimpleCodeList']/*[local-name() = 'Row']">
      <xsl:variable name="v">
        <xsl:choose>
          <xsl:when test="*[local-name() = 'Value'][@ColumnRef]">
            <xsl:value-of select="normalize-space(*[local-name() = 'Value'][@ColumnRef = $cc]/*[local-name() = 'SimpleValue'])"/>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="normalize-space(*[local-name() = 'Value'][$cpos]/*[local-name() = 'SimpleValue'])"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="n">
        <xsl:choose>
          <xsl:when test="*[local-name() = 'Value'][@ColumnRef]">
            <xsl:value-of select="normalize-space(*[local-name() = 'Value'][@ColumnRef = $nc]/*[local-name() = 'SimpleValue'])"/>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="normalize-space(*[local-name() = 'Value'][$npos]/*[local-name() = 'SimpleValue'])"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:if test="string($v) != ''">
        <code v="{$v}" n="{$n}">
          <xsl:if test="$hc != ''">
            <xsl:attribute name="h"><xsl:value-of select="normalize-space(*[local-name() = 'Value'][@ColumnRef = $hc]/*[local-name() = 'SimpleValue'])"/></xsl:attribute>
          </xsl:if>
        </code>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- src (@kind werte, gc, ref or none; @list naming the code list) and one
       code element (@v code, @n name, @h help) per value. -->
  <xsl:template name="select-source">
    <xsl:param name="F"/>
    <xsl:variable name="ref" select="$F/*[local-name() = 'codelisteReferenz']"/>
    <!-- XDF2 nests the genericode identification, XDF3 does not -->
    <xsl:variable name="gid" select="$ref/*[local-name() = 'genericodeIdentification'] | $ref[not(*[local-name() = 'genericodeIdentification'])]"/>
    <xsl:variable name="ci" select="normalize-space($gid/*[local-name() = 'canonicalIdentification'])"/>
    <xsl:variable name="ver" select="normalize-space($gid/*[local-name() = 'version'])"/>
    <xsl:variable name="cvu" select="normalize-space($gid/*[local-name() = 'canonicalVersionUri'])"/>
    <xsl:variable name="cid" select="normalize-space($ref/*[local-name() = 'identifikation']/*[local-name() = 'id'])"/>
    <xsl:variable name="list"
        select="($gc-lists[$cvu != ''][normalize-space(*[local-name() = 'Identification']/*[local-name() = 'CanonicalVersionUri']) = $cvu]
                 | $gc-lists[$ci != ''][normalize-space(*[local-name() = 'Identification']/*[local-name() = 'CanonicalUri']) = $ci]
                   [$ver = '' or normalize-space(*[local-name() = 'Identification']/*[local-name() = 'Version']) = $ver])[1]"/>
    <xsl:variable name="name">
      <xsl:text>code list </xsl:text>
      <xsl:choose>
        <xsl:when test="$ci != ''"><xsl:value-of select="$ci"/></xsl:when>
        <xsl:when test="$cvu != ''"><xsl:value-of select="$cvu"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$cid"/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$ver != ''"><xsl:value-of select="concat(' version ', $ver)"/></xsl:if>
      <xsl:if test="$cid != '' and ($ci != '' or $cvu != '')"><xsl:value-of select="concat(' (', $cid, ')')"/></xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$F/*[local-name() = 'werte']/*[local-name() = 'wert']">
        <src kind="werte"/>
        <xsl:for-each select="$F/*[local-name() = 'werte']/*[local-name() = 'wert']">
          <code v="{normalize-space(*[local-name() = 'code'])}" n="{normalize-space(*[local-name() = 'name'])}"
                h="{normalize-space(*[local-name() = 'hilfe'])}"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="$list">
        <src kind="gc" list="{$name}"/>
        <xsl:call-template name="gc-codes">
          <xsl:with-param name="F" select="$F"/>
          <xsl:with-param name="list" select="$list"/>
        </xsl:call-template>
      </xsl:when>
      <!-- a list given to fimkit (convert option codelists); evaluated only
           where fk:codelist() exists -->
      <xsl:when test="function-available('fk:codelist') and ($ci != '' or $cvu != '')
                      and count(fk:codelist(concat($ci, substring($cvu, 1, string-length($cvu) * ($ci = ''))), $ver)) = 1">
        <src kind="gc" list="{$name}" given="yes"/>
        <xsl:call-template name="gc-codes">
          <xsl:with-param name="F" select="$F"/>
          <xsl:with-param name="list" select="fk:codelist(concat($ci, substring($cvu, 1, string-length($cvu) * ($ci = ''))), $ver)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$ci != '' or $cvu != '' or $cid != ''">
        <src kind="ref" list="{$name}"/>
      </xsl:when>
      <xsl:otherwise><src kind="none"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===================================================================== -->
  <!-- examples from patterns                                                -->
  <!-- ===================================================================== -->

  <!--
    rx-example p min max: a string matching the whole of the pattern p with a
    length in min..max (max -1: unbounded), as <ok>string</ok>, or
    <fail kind="...">why</fail> with kind
      invalid      p is no valid ECMAScript regular expression with the u flag
                   (what JSON Schema validators use), so it cannot be applied
      unsupported  valid, but beyond this reader (lookaround, back references,
                   \b, character class escapes it cannot place, ...)
      conflict     no string of that length matches
    The reader takes the first alternative and the fewest repetitions, then
    repeats atoms from the left until the string is long enough.
  -->
  <xsl:template name="rx-example">
    <xsl:param name="p"/>
    <xsl:param name="min" select="0"/>
    <xsl:param name="max" select="-1"/>
    <xsl:choose>
      <xsl:when test="number($min) &gt; $max-example"><fail kind="unsupported">minLength too large for an example</fail></xsl:when>
      <!-- the reader recurses once per atom: keep clear of libxslt's depth limit -->
      <xsl:when test="string-length($p) &gt; 500"><fail kind="unsupported">pattern too long to read</fail></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="segs-rtf">
          <xsl:call-template name="rx-seq"><xsl:with-param name="p" select="$p"/></xsl:call-template>
        </xsl:variable>
        <xsl:variable name="all" select="exsl:node-set($segs-rtf)/*"/>
        <xsl:choose>
          <xsl:when test="$all[self::fail]"><xsl:copy-of select="$all[self::fail][1]"/></xsl:when>
          <xsl:otherwise>
            <xsl:variable name="segs" select="$all[self::seg][not(preceding-sibling::alt)]"/>
            <xsl:variable name="shortest">
              <xsl:call-template name="rx-build"><xsl:with-param name="segs" select="$segs"/></xsl:call-template>
            </xsl:variable>
            <xsl:variable name="s">
              <xsl:choose>
                <xsl:when test="string-length($shortest) &lt; number($min)">
                  <xsl:call-template name="rx-build">
                    <xsl:with-param name="segs" select="$segs"/>
                    <xsl:with-param name="need" select="number($min) - string-length($shortest)"/>
                  </xsl:call-template>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="$shortest"/></xsl:otherwise>
              </xsl:choose>
            </xsl:variable>
            <xsl:choose>
              <xsl:when test="string-length($s) &lt; number($min)">
                <fail kind="conflict"><xsl:value-of select="concat('no matching value has ', $min, ' characters or more')"/></fail>
              </xsl:when>
              <xsl:when test="number($max) &gt;= 0 and string-length($s) &gt; number($max)">
                <fail kind="conflict"><xsl:value-of select="concat('no matching value has at most ', $max, ' characters')"/></fail>
              </xsl:when>
              <xsl:when test="string-length($s) &gt; $max-example"><fail kind="unsupported">the example would be too long</fail></xsl:when>
              <xsl:otherwise><ok><xsl:value-of select="$s"/></ok></xsl:otherwise>
            </xsl:choose>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Concatenates the segments, each repeated its minimum times, plus as many
       more repetitions from the left as make up need characters. -->
  <xsl:template name="rx-build">
    <xsl:param name="segs"/>
    <xsl:param name="need" select="0"/>
    <xsl:param name="i" select="1"/>
    <xsl:if test="$i &lt;= count($segs)">
      <xsl:variable name="g" select="$segs[$i]"/>
      <xsl:variable name="len" select="string-length($g/@s)"/>
      <xsl:variable name="room">
        <xsl:choose>
          <xsl:when test="$g/@max = -1">1000000</xsl:when>
          <xsl:otherwise><xsl:value-of select="$g/@max - $g/@min"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="extra">
        <xsl:choose>
          <xsl:when test="$need &gt; 0 and $len &gt; 0 and $room &gt; 0">
            <xsl:choose>
              <xsl:when test="ceiling($need div $len) &lt; $room"><xsl:value-of select="ceiling($need div $len)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$room"/></xsl:otherwise>
            </xsl:choose>
          </xsl:when>
          <xsl:otherwise>0</xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:if test="$len &gt; 0 and ($g/@min + $extra) &gt; 0">
        <xsl:value-of select="str:padding(($g/@min + $extra) * $len, $g/@s)"/>
      </xsl:if>
      <xsl:call-template name="rx-build">
        <xsl:with-param name="segs" select="$segs"/>
        <xsl:with-param name="need" select="$need - $extra * $len"/>
        <xsl:with-param name="i" select="$i + 1"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A sequence of atoms as seg elements (@s one repetition, @min, @max with
       -1 for no limit); alt marks a top-level |; fail ends the reading. -->
  <xsl:template name="rx-seq">
    <xsl:param name="p"/>
    <xsl:if test="$p != ''">
      <xsl:variable name="a-rtf">
        <xsl:call-template name="rx-atom"><xsl:with-param name="p" select="$p"/></xsl:call-template>
      </xsl:variable>
      <xsl:variable name="a" select="exsl:node-set($a-rtf)/*"/>
      <xsl:choose>
        <xsl:when test="$a/self::fail"><xsl:copy-of select="$a"/></xsl:when>
        <xsl:when test="$a/self::alt">
          <alt/>
          <xsl:call-template name="rx-seq"><xsl:with-param name="p" select="substring($p, 2)"/></xsl:call-template>
        </xsl:when>
        <xsl:when test="$a/self::zero">
          <xsl:variable name="rest" select="substring($p, $a/@n + 1)"/>
          <xsl:choose>
            <xsl:when test="contains('*+?{', substring($rest, 1, 1)) and $rest != ''">
              <fail kind="invalid">nothing to repeat before a quantifier</fail>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="rx-seq"><xsl:with-param name="p" select="$rest"/></xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="rest" select="substring($p, $a/@n + 1)"/>
          <xsl:variable name="q-rtf">
            <xsl:call-template name="rx-quant"><xsl:with-param name="p" select="$rest"/></xsl:call-template>
          </xsl:variable>
          <xsl:variable name="q" select="exsl:node-set($q-rtf)/*"/>
          <xsl:choose>
            <xsl:when test="$q/self::fail"><xsl:copy-of select="$q"/></xsl:when>
            <xsl:when test="string-length($a/@s) * $q/@min &gt; $max-example">
              <fail kind="unsupported">a repetition too long for an example</fail>
            </xsl:when>
            <xsl:otherwise>
              <seg s="{$a/@s}" min="{$q/@min}" max="{$q/@max}"/>
              <xsl:call-template name="rx-seq"><xsl:with-param name="p" select="substring($rest, $q/@n + 1)"/></xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- The quantifier at the start of p: q (@min, @max, @n characters read). -->
  <xsl:template name="rx-quant">
    <xsl:param name="p"/>
    <xsl:variable name="c" select="substring($p, 1, 1)"/>
    <xsl:variable name="body" select="substring-before(substring($p, 2), '}')"/>
    <xsl:variable name="lo" select="substring-before(concat($body, ','), ',')"/>
    <xsl:variable name="hi" select="substring-after($body, ',')"/>
    <xsl:variable name="q-rtf">
      <xsl:choose>
        <xsl:when test="$c = '*'"><q min="0" max="-1" n="1"/></xsl:when>
        <xsl:when test="$c = '+'"><q min="1" max="-1" n="1"/></xsl:when>
        <xsl:when test="$c = '?'"><q min="0" max="1" n="1"/></xsl:when>
        <xsl:when test="$c = '{'">
          <xsl:choose>
            <xsl:when test="$lo = '' or translate($lo, '0123456789', '') != '' or translate($hi, '0123456789', '') != ''">
              <fail kind="invalid">a { that is no quantifier</fail>
            </xsl:when>
            <xsl:when test="not(contains($body, ','))"><q min="{number($lo)}" max="{number($lo)}" n="{string-length($body) + 2}"/></xsl:when>
            <xsl:when test="$hi = ''"><q min="{number($lo)}" max="-1" n="{string-length($body) + 2}"/></xsl:when>
            <xsl:when test="number($hi) &lt; number($lo)"><fail kind="invalid">numbers out of order in a {} quantifier</fail></xsl:when>
            <xsl:otherwise><q min="{number($lo)}" max="{number($hi)}" n="{string-length($body) + 2}"/></xsl:otherwise>
          </xsl:choose>
        </xsl:when>
        <xsl:otherwise><q min="1" max="1" n="0"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="q" select="exsl:node-set($q-rtf)/*"/>
    <xsl:choose>
      <xsl:when test="$q/self::fail or $q/@n = 0"><xsl:copy-of select="$q"/></xsl:when>
      <xsl:otherwise>
        <!-- a lazy ? belongs to the quantifier; another quantifier is an error -->
        <xsl:variable name="lazy" select="number(substring($p, $q/@n + 1, 1) = '?')"/>
        <xsl:variable name="next" select="substring($p, $q/@n + $lazy + 1, 1)"/>
        <xsl:choose>
          <xsl:when test="$next != '' and contains('*+?{', $next)"><fail kind="invalid">nothing to repeat before a quantifier</fail></xsl:when>
          <xsl:otherwise><q min="{$q/@min}" max="{$q/@max}" n="{$q/@n + $lazy}"/></xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The atom at the start of p: atom (@s, @n characters read), zero (an
       anchor), alt (|) or fail. -->
  <xsl:template name="rx-atom">
    <xsl:param name="p"/>
    <xsl:variable name="c" select="substring($p, 1, 1)"/>
    <xsl:choose>
      <xsl:when test="$c = '|'"><alt/></xsl:when>
      <xsl:when test="$c = '^' or $c = '$'"><zero n="1"/></xsl:when>
      <xsl:when test="$c = '.'"><atom s="x" n="1"/></xsl:when>
      <xsl:when test="$c = '\'">
        <xsl:call-template name="rx-escape"><xsl:with-param name="p" select="$p"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$c = '['">
        <xsl:call-template name="rx-class"><xsl:with-param name="p" select="$p"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$c = '('">
        <xsl:call-template name="rx-group"><xsl:with-param name="p" select="$p"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$c = ')'"><fail kind="invalid">unmatched )</fail></xsl:when>
      <xsl:when test="contains('*+?', $c)"><fail kind="invalid">nothing to repeat before a quantifier</fail></xsl:when>
      <xsl:when test="contains('{}]', $c)"><fail kind="invalid"><xsl:value-of select="concat('a lone ', $c, ' must be escaped')"/></fail></xsl:when>
      <xsl:otherwise><atom s="{$c}" n="1"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An escape at the start of p (p starts with \): atom (@s, @n, @k the
       class for \d, \w, \s, \p{...}) or fail.  in-class: inside [...]. -->
  <xsl:template name="rx-escape">
    <xsl:param name="p"/>
    <xsl:param name="in-class" select="false()"/>
    <xsl:variable name="e" select="substring($p, 2, 1)"/>
    <xsl:choose>
      <xsl:when test="$e = ''"><fail kind="invalid">a \ at the end</fail></xsl:when>
      <xsl:when test="$e = 'd'"><atom s="0" n="2" k="d"/></xsl:when>
      <xsl:when test="$e = 'w'"><atom s="a" n="2" k="w"/></xsl:when>
      <xsl:when test="$e = 's'"><atom s=" " n="2" k="s"/></xsl:when>
      <xsl:when test="$e = 'D' or $e = 'W' or $e = 'S'">
        <atom s="{substring('x-x', 1 + number($e = 'W'), 1)}" n="2" k="{$e}"/>
      </xsl:when>
      <xsl:when test="$e = 'p' or $e = 'P'">
        <xsl:variable name="name" select="substring-before(substring($p, 4), '}')"/>
        <xsl:choose>
          <xsl:when test="substring($p, 3, 1) != '{' or $name = ''"><fail kind="invalid">\p without {name}</fail></xsl:when>
          <xsl:when test="$e = 'P'"><fail kind="unsupported">\P{...}</fail></xsl:when>
          <xsl:when test="$name = 'L' or $name = 'Letter' or $name = 'Alphabetic'"><atom s="a" n="{string-length($name) + 4}" k="L"/></xsl:when>
          <xsl:when test="$name = 'Ll' or $name = 'Lowercase_Letter'"><atom s="a" n="{string-length($name) + 4}" k="Ll"/></xsl:when>
          <xsl:when test="$name = 'Lu' or $name = 'Uppercase_Letter'"><atom s="A" n="{string-length($name) + 4}" k="Lu"/></xsl:when>
          <xsl:when test="$name = 'N' or $name = 'Nd' or $name = 'Number' or $name = 'Decimal_Number'"><atom s="0" n="{string-length($name) + 4}" k="N"/></xsl:when>
          <xsl:otherwise><fail kind="unsupported"><xsl:value-of select="concat('\p{', $name, '}')"/></fail></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$e = 'n'"><atom s="&#10;" n="2"/></xsl:when>
      <xsl:when test="$e = 't'"><atom s="&#9;" n="2"/></xsl:when>
      <xsl:when test="$e = 'r'"><atom s="&#13;" n="2"/></xsl:when>
      <xsl:when test="$e = 'x' or $e = 'u'">
        <xsl:variable name="len" select="2 + 2 * number($e = 'u')"/>
        <xsl:variable name="ch">
          <xsl:call-template name="hex-ascii"><xsl:with-param name="h" select="substring($p, 3, $len)"/></xsl:call-template>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="substring($p, 3, 1) = '{'"><fail kind="unsupported">\u{...}</fail></xsl:when>
          <xsl:when test="string-length(substring($p, 3, $len)) &lt; $len or translate(substring($p, 3, $len), '0123456789abcdefABCDEF', '') != ''">
            <fail kind="invalid"><xsl:value-of select="concat('\', $e, ' without hex digits')"/></fail>
          </xsl:when>
          <xsl:when test="string($ch) != ''"><atom s="{$ch}" n="{2 + $len}"/></xsl:when>
          <xsl:otherwise><fail kind="unsupported"><xsl:value-of select="concat('\', $e, ' escape outside printable ASCII')"/></fail></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$e = 'b' and $in-class"><fail kind="unsupported">backspace</fail></xsl:when>
      <xsl:when test="contains('bBfvc0123456789k', $e)"><fail kind="unsupported"><xsl:value-of select="concat('\', $e)"/></fail></xsl:when>
      <xsl:when test="contains('^$\.*+?()[]{}|/', $e)"><atom s="{$e}" n="2"/></xsl:when>
      <xsl:when test="$e = '-' and $in-class"><atom s="-" n="2"/></xsl:when>
      <xsl:otherwise>
        <fail kind="invalid"><xsl:value-of select="concat('\', $e, ' is no escape with the u flag')"/></fail>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A character class [...] at the start of p: atom with one character it
       matches, or fail. -->
  <xsl:template name="rx-class">
    <xsl:param name="p"/>
    <xsl:variable name="neg" select="substring($p, 2, 1) = '^'"/>
    <xsl:variable name="body0" select="substring($p, 2 + number($neg))"/>
    <xsl:variable name="end">
      <xsl:call-template name="rx-class-end"><xsl:with-param name="s" select="$body0"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$end &lt; 0"><fail kind="invalid">unterminated [</fail></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="items-rtf">
          <xsl:call-template name="rx-class-items"><xsl:with-param name="s" select="substring($body0, 1, $end)"/></xsl:call-template>
        </xsl:variable>
        <xsl:variable name="items" select="exsl:node-set($items-rtf)/*"/>
        <xsl:variable name="n" select="$end + 2 + number($neg)"/>
        <xsl:choose>
          <xsl:when test="$items[self::fail]"><xsl:copy-of select="$items[self::fail][1]"/></xsl:when>
          <xsl:when test="not($neg) and not($items)"><fail kind="conflict">the empty class [] matches nothing</fail></xsl:when>
          <xsl:when test="not($neg) and $items[1]/self::r"><atom s="{$items[1]/@f}" n="{$n}"/></xsl:when>
          <xsl:when test="not($neg)"><atom s="{$items[1]/@s}" n="{$n}"/></xsl:when>
          <xsl:when test="$items[self::e][@k = 'D' or @k = 'W' or @k = 'S']">
            <fail kind="unsupported">\D, \W or \S in a negated class</fail>
          </xsl:when>
          <xsl:otherwise>
            <xsl:variable name="pick">
              <xsl:call-template name="rx-pick"><xsl:with-param name="items" select="$items"/></xsl:call-template>
            </xsl:variable>
            <xsl:choose>
              <xsl:when test="string($pick) != ''"><atom s="{$pick}" n="{$n}"/></xsl:when>
              <xsl:otherwise><fail kind="unsupported">a negated class excluding all of x a 0 A _ - . and space</fail></xsl:otherwise>
            </xsl:choose>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Index of the ] closing a class (s starts after [ or [^), -1 when none. -->
  <xsl:template name="rx-class-end">
    <xsl:param name="s"/>
    <xsl:param name="i" select="0"/>
    <xsl:variable name="c" select="substring($s, $i + 1, 1)"/>
    <xsl:choose>
      <xsl:when test="$c = ''">-1</xsl:when>
      <xsl:when test="$c = ']'"><xsl:value-of select="$i"/></xsl:when>
      <xsl:when test="$c = '\'">
        <xsl:call-template name="rx-class-end"><xsl:with-param name="s" select="$s"/><xsl:with-param name="i" select="$i + 2"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="rx-class-end"><xsl:with-param name="s" select="$s"/><xsl:with-param name="i" select="$i + 1"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The members of a class body: r (@f, @t range, @of, @ot their order) and
       e (@k, @s for \d, \w, \s, \p{...}), or fail. -->
  <xsl:template name="rx-class-items">
    <xsl:param name="s"/>
    <xsl:if test="$s != ''">
      <xsl:variable name="a-rtf">
        <xsl:choose>
          <xsl:when test="starts-with($s, '\')">
            <xsl:call-template name="rx-escape">
              <xsl:with-param name="p" select="$s"/>
              <xsl:with-param name="in-class" select="true()"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise><atom s="{substring($s, 1, 1)}" n="1"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="a" select="exsl:node-set($a-rtf)/*"/>
      <xsl:variable name="rest" select="substring($s, $a/@n + 1)"/>
      <xsl:choose>
        <xsl:when test="$a/self::fail"><xsl:copy-of select="$a"/></xsl:when>
        <xsl:when test="$a/@k">
          <xsl:choose>
            <xsl:when test="starts-with($rest, '-') and string-length($rest) &gt; 1">
              <fail kind="invalid">a class escape as a range bound</fail>
            </xsl:when>
            <xsl:otherwise>
              <e k="{$a/@k}" s="{$a/@s}"/>
              <xsl:call-template name="rx-class-items"><xsl:with-param name="s" select="$rest"/></xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:when>
        <xsl:when test="starts-with($rest, '-') and string-length($rest) &gt; 1">
          <xsl:variable name="b-rtf">
            <xsl:choose>
              <xsl:when test="starts-with(substring($rest, 2), '\')">
                <xsl:call-template name="rx-escape">
                  <xsl:with-param name="p" select="substring($rest, 2)"/>
                  <xsl:with-param name="in-class" select="true()"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise><atom s="{substring($rest, 2, 1)}" n="1"/></xsl:otherwise>
            </xsl:choose>
          </xsl:variable>
          <xsl:variable name="b" select="exsl:node-set($b-rtf)/*"/>
          <xsl:variable name="of"><xsl:call-template name="rx-ord"><xsl:with-param name="c" select="$a/@s"/></xsl:call-template></xsl:variable>
          <xsl:variable name="ot"><xsl:call-template name="rx-ord"><xsl:with-param name="c" select="$b/@s"/></xsl:call-template></xsl:variable>
          <xsl:choose>
            <xsl:when test="$b/self::fail"><xsl:copy-of select="$b"/></xsl:when>
            <xsl:when test="$b/@k"><fail kind="invalid">a class escape as a range bound</fail></xsl:when>
            <xsl:when test="$of &lt; 1000 and $ot &lt; 1000 and number($of) &gt; number($ot)">
              <fail kind="invalid"><xsl:value-of select="concat('range ', $a/@s, '-', $b/@s, ' out of order')"/></fail>
            </xsl:when>
            <xsl:otherwise>
              <r f="{$a/@s}" t="{$b/@s}" of="{$of}" ot="{$ot}"/>
              <xsl:call-template name="rx-class-items"><xsl:with-param name="s" select="substring($rest, 2 + $b/@n)"/></xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="o"><xsl:call-template name="rx-ord"><xsl:with-param name="c" select="$a/@s"/></xsl:call-template></xsl:variable>
          <r f="{$a/@s}" t="{$a/@s}" of="{$o}" ot="{$o}"/>
          <xsl:call-template name="rx-class-items"><xsl:with-param name="s" select="$rest"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- Code of a printable ASCII character; 1000 for any other (all of them
       are above ASCII, except controls, which sort low: 0). -->
  <xsl:template name="rx-ord">
    <xsl:param name="c"/>
    <xsl:choose>
      <xsl:when test="$c != '' and contains($ascii, $c)"><xsl:value-of select="string-length(substring-before($ascii, $c)) + 32"/></xsl:when>
      <xsl:when test="$c = '&#9;' or $c = '&#10;' or $c = '&#13;'">0</xsl:when>
      <xsl:otherwise>1000</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The first of x a 0 A _ - . and space that a negated class lets through. -->
  <xsl:template name="rx-pick">
    <xsl:param name="items"/>
    <xsl:param name="cands" select="'xa0A_-. '"/>
    <xsl:if test="$cands != ''">
      <xsl:variable name="c" select="substring($cands, 1, 1)"/>
      <xsl:variable name="o"><xsl:call-template name="rx-ord"><xsl:with-param name="c" select="$c"/></xsl:call-template></xsl:variable>
      <xsl:variable name="digit" select="contains('0123456789', $c)"/>
      <xsl:variable name="upper" select="contains('ABCDEFGHIJKLMNOPQRSTUVWXYZ', $c)"/>
      <xsl:variable name="lower" select="contains('abcdefghijklmnopqrstuvwxyz', $c)"/>
      <xsl:choose>
        <xsl:when test="$items[self::r][number(@of) &lt;= number($o) and number(@ot) &gt;= number($o)]
                        or ($digit and $items[self::e][@k = 'd' or @k = 'w' or @k = 'N'])
                        or (($upper or $lower) and $items[self::e][@k = 'w' or @k = 'L'])
                        or ($upper and $items[self::e][@k = 'Lu'])
                        or ($lower and $items[self::e][@k = 'Ll'])
                        or ($c = '_' and $items[self::e][@k = 'w'])
                        or ($c = ' ' and $items[self::e][@k = 's'])">
          <xsl:call-template name="rx-pick">
            <xsl:with-param name="items" select="$items"/>
            <xsl:with-param name="cands" select="substring($cands, 2)"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$c"/></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- A group (...) at the start of p: atom whose one repetition is the
       shortest match of its first alternative, or fail. -->
  <xsl:template name="rx-group">
    <xsl:param name="p"/>
    <xsl:variable name="end">
      <xsl:call-template name="rx-group-end"><xsl:with-param name="s" select="substring($p, 2)"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="inner0" select="substring($p, 2, $end)"/>
    <xsl:choose>
      <xsl:when test="$end &lt; 0"><fail kind="invalid">unterminated (</fail></xsl:when>
      <xsl:when test="starts-with($inner0, '?=') or starts-with($inner0, '?!') or starts-with($inner0, '?&lt;=')
                      or starts-with($inner0, '?&lt;!')"><fail kind="unsupported">lookaround</fail></xsl:when>
      <xsl:when test="starts-with($inner0, '?') and not(starts-with($inner0, '?:'))
                      and not(starts-with($inner0, '?&lt;') and contains($inner0, '&gt;'))">
        <fail kind="invalid">unknown group (?</fail>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="inner">
          <xsl:choose>
            <xsl:when test="starts-with($inner0, '?:')"><xsl:value-of select="substring($inner0, 3)"/></xsl:when>
            <xsl:when test="starts-with($inner0, '?&lt;')"><xsl:value-of select="substring-after($inner0, '&gt;')"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$inner0"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:variable name="r-rtf">
          <xsl:call-template name="rx-example"><xsl:with-param name="p" select="string($inner)"/></xsl:call-template>
        </xsl:variable>
        <xsl:variable name="r" select="exsl:node-set($r-rtf)/*"/>
        <xsl:choose>
          <xsl:when test="$r/self::fail"><xsl:copy-of select="$r"/></xsl:when>
          <xsl:otherwise><atom s="{string($r)}" n="{$end + 2}"/></xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Index of the ) closing a group (s starts after the (), -1 when none. -->
  <xsl:template name="rx-group-end">
    <xsl:param name="s"/>
    <xsl:param name="i" select="0"/>
    <xsl:param name="depth" select="0"/>
    <xsl:variable name="c" select="substring($s, $i + 1, 1)"/>
    <xsl:choose>
      <xsl:when test="$c = ''">-1</xsl:when>
      <xsl:when test="$c = ')' and $depth = 0"><xsl:value-of select="$i"/></xsl:when>
      <xsl:when test="$c = '\'">
        <xsl:call-template name="rx-group-end">
          <xsl:with-param name="s" select="$s"/><xsl:with-param name="i" select="$i + 2"/><xsl:with-param name="depth" select="$depth"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$c = '['">
        <xsl:variable name="neg" select="number(substring($s, $i + 2, 1) = '^')"/>
        <xsl:variable name="ce">
          <xsl:call-template name="rx-class-end"><xsl:with-param name="s" select="substring($s, $i + 2 + $neg)"/></xsl:call-template>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$ce &lt; 0">-1</xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="rx-group-end">
              <xsl:with-param name="s" select="$s"/><xsl:with-param name="i" select="$i + $neg + $ce + 2"/><xsl:with-param name="depth" select="$depth"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="rx-group-end">
          <xsl:with-param name="s" select="$s"/>
          <xsl:with-param name="i" select="$i + 1"/>
          <xsl:with-param name="depth" select="$depth + number($c = '(') - number($c = ')')"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
