<?xml version="1.0" encoding="UTF-8"?>
<!-- Stops with fimkit's fatal template. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="../../../xslt/common/finding.xsl"/>
  <xsl:output method="text"/>
  <xsl:template match="/">
    <xsl:call-template name="fk-fatal">
      <xsl:with-param name="text" select="'this stylesheet always stops'"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
