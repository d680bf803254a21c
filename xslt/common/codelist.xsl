<?xml version="1.0" encoding="UTF-8"?>
<!--
  codelist.xsl - the values of a code list an XDatenfelder field references,
  from the genericode files given to fimkit convert (option codelists).

  <xsl:call-template name="fk-codelist-values">
    <xsl:with-param name="field" select="."/>   (an XDF2 or XDF3 datenfeld)
  </xsl:call-template>

  emits one <value code="..." name="..."/> (no namespace) per row of the
  referenced list, in the list's order, for use through exsl:node-set().
  Nothing when the field references no list, the list is not among those
  given, or the XSLT processor is not fimkit (fk:codelist() missing).

  Columns: the code is the column named by XDF3 codeKey, else the list's
  first Key column, else its first column; the name is the column named by
  XDF3 nameKey, else the first other column whose id contains "name",
  "bezeichnung", "wert" or "beschreibung" (any case), else the second column.

  fk-codelist-werte emits the same values as <wert><code/><name/></wert>,
  the shape of XDatenfelder 3.0.0 inline values, so that code reading
  werte/wert by local name reads either.

  fk-codelist-reference gives "URI VERSION" of the field's reference (empty
  when there is none), for messages.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fk="urn:fimkit:xslt"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="fk exsl">

  <xsl:variable name="fk-cl-upper" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ'"/>
  <xsl:variable name="fk-cl-lower" select="'abcdefghijklmnopqrstuvwxyzäöü'"/>

  <!-- XDF2: codelisteReferenz/genericodeIdentification/...;
       XDF3: codelisteReferenz/... -->
  <xsl:template name="fk-codelist-reference">
    <xsl:param name="field" select="."/>
    <xsl:variable name="ref" select="$field/*[local-name() = 'codelisteReferenz']"/>
    <xsl:variable name="gc" select="$ref/*[local-name() = 'genericodeIdentification']"/>
    <xsl:variable name="uri"
        select="normalize-space(concat($gc/*[local-name() = 'canonicalIdentification'],
                                       $ref/*[local-name() = 'canonicalIdentification']))"/>
    <xsl:variable name="version"
        select="normalize-space(concat($gc/*[local-name() = 'version'],
                                       $ref/*[local-name() = 'version']))"/>
    <xsl:if test="$uri != ''">
      <xsl:value-of select="normalize-space(concat($uri, ' ', $version))"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="fk-codelist-values">
    <xsl:param name="field" select="."/>
    <xsl:variable name="ref" select="$field/*[local-name() = 'codelisteReferenz']"/>
    <xsl:variable name="gc" select="$ref/*[local-name() = 'genericodeIdentification']"/>
    <xsl:variable name="uri"
        select="normalize-space(concat($gc/*[local-name() = 'canonicalIdentification'],
                                       $ref/*[local-name() = 'canonicalIdentification']))"/>
    <xsl:variable name="version"
        select="normalize-space(concat($gc/*[local-name() = 'version'],
                                       $ref/*[local-name() = 'version']))"/>
    <xsl:if test="$uri != '' and function-available('fk:codelist')">
      <xsl:variable name="list" select="fk:codelist($uri, $version)"/>
      <xsl:variable name="columns" select="$list/*[local-name() = 'ColumnSet']/*[local-name() = 'Column']"/>
      <xsl:variable name="code-key" select="normalize-space($field/*[local-name() = 'codeKey'])"/>
      <xsl:variable name="name-key" select="normalize-space($field/*[local-name() = 'nameKey'])"/>
      <xsl:variable name="list-key"
          select="string($list/*[local-name() = 'ColumnSet']/*[local-name() = 'Key'][1]/*[local-name() = 'ColumnRef']/@Ref)"/>
      <xsl:variable name="code-column">
        <xsl:choose>
          <xsl:when test="$code-key != '' and $columns[@Id = $code-key]"><xsl:value-of select="$code-key"/></xsl:when>
          <xsl:when test="$list-key != ''"><xsl:value-of select="$list-key"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$columns[1]/@Id"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="named"
          select="$columns[@Id != $code-column]
                  [contains(translate(@Id, $fk-cl-upper, $fk-cl-lower), 'name')
                   or contains(translate(@Id, $fk-cl-upper, $fk-cl-lower), 'bezeichnung')
                   or contains(translate(@Id, $fk-cl-upper, $fk-cl-lower), 'wert')
                   or contains(translate(@Id, $fk-cl-upper, $fk-cl-lower), 'beschreibung')]"/>
      <xsl:variable name="others" select="$columns[@Id != $code-column]"/>
      <xsl:variable name="name-column">
        <xsl:choose>
          <xsl:when test="$name-key != '' and $columns[@Id = $name-key]"><xsl:value-of select="$name-key"/></xsl:when>
          <xsl:when test="$named"><xsl:value-of select="$named[1]/@Id"/></xsl:when>
          <xsl:when test="$others"><xsl:value-of select="$others[1]/@Id"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$code-column"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:for-each select="$list/*[local-name() = 'SimpleCodeList']/*[local-name() = 'Row']">
        <xsl:variable name="code"
            select="normalize-space(*[local-name() = 'Value'][@ColumnRef = $code-column]/*[local-name() = 'SimpleValue'])"/>
        <xsl:if test="$code != ''">
          <value code="{$code}"
                 name="{normalize-space(*[local-name() = 'Value'][@ColumnRef = $name-column]/*[local-name() = 'SimpleValue'])}"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template name="fk-codelist-werte">
    <xsl:param name="field" select="."/>
    <xsl:variable name="rtf">
      <xsl:call-template name="fk-codelist-values">
        <xsl:with-param name="field" select="$field"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:for-each select="exsl:node-set($rtf)/value">
      <wert><code><xsl:value-of select="@code"/></code><name><xsl:value-of select="@name"/></name></wert>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
