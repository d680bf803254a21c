<?xml version="1.0" encoding="UTF-8"?>
<!-- Includes a file far outside its own directory. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="../../../../../../../../../../etc/hostname"/>
</xsl:stylesheet>
