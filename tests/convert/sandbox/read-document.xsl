<?xml version="1.0" encoding="UTF-8"?>
<!-- Reads the document named by the parameter "what", resolved against the
     input document (document($what, /)), and prints its text. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:param name="what"/>
  <xsl:template match="/">[<xsl:value-of select="document($what, /)"/>]</xsl:template>
</xsl:stylesheet>
