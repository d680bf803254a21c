<?xml version="1.0" encoding="UTF-8"?>
<!-- For every code-list reference of an XDatenfelder document: the list's
     canonical URI, the version asked for and how many rows fk:codelist()
     found with that version, and without one. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fk="urn:fimkit:xslt" extension-element-prefixes="fk">
  <xsl:output method="text"/>
  <xsl:template match="/">
    <xsl:for-each select="//*[local-name() = 'codelisteReferenz']">
      <xsl:variable name="gc" select="*[local-name() = 'genericodeIdentification']"/>
      <xsl:variable name="uri" select="normalize-space($gc/*[local-name() = 'canonicalIdentification'])"/>
      <xsl:variable name="version" select="normalize-space($gc/*[local-name() = 'version'])"/>
      <xsl:value-of select="concat($uri, ' ', $version, ' ',
          count(fk:codelist($uri, $version)//*[local-name() = 'Row']), ' ',
          count(fk:codelist($uri)//*[local-name() = 'Row']), ' ',
          count(fk:codelist($uri, '1999-01-01')//*[local-name() = 'Row']), '&#10;')"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
