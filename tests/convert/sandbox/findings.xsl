<?xml version="1.0" encoding="UTF-8"?>
<!-- Reports one finding per Datenfeld through fimkit's finding template,
     a plain message, and prints the parameter "label". -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="../../../xslt/common/finding.xsl"/>
  <xsl:output method="text"/>
  <xsl:param name="label" select="'no label'"/>
  <xsl:template match="/">
    <xsl:value-of select="$label"/>
    <xsl:for-each select="//*[local-name() = 'datenfeld']">
      <xsl:call-template name="fk-finding">
        <xsl:with-param name="code" select="'T001'"/>
        <xsl:with-param name="severity" select="'info'"/>
        <xsl:with-param name="text" select="concat('field ', *[local-name() = 'name'])"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:message>a plain message</xsl:message>
  </xsl:template>
</xsl:stylesheet>
