<?xml version="1.0" encoding="UTF-8"?>
<!-- Tries to write a file with exsl:document; the path comes from "target". -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
  <xsl:output method="text"/>
  <xsl:param name="target"/>
  <xsl:template match="/">
    <exsl:document href="{$target}" method="text">written by a stylesheet</exsl:document>
    <xsl:text>done</xsl:text>
  </xsl:template>
</xsl:stylesheet>
