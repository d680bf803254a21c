<?xml version="1.0" encoding="UTF-8"?>
<!-- Runs for ages: a doubly recursive template (2^depth calls). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:template match="/">
    <xsl:call-template name="both"><xsl:with-param name="n" select="60"/></xsl:call-template>
  </xsl:template>
  <xsl:template name="both">
    <xsl:param name="n"/>
    <xsl:if test="$n &gt; 0">
      <xsl:call-template name="both"><xsl:with-param name="n" select="$n - 1"/></xsl:call-template>
      <xsl:call-template name="both"><xsl:with-param name="n" select="$n - 1"/></xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
