<?xml version="1.0" encoding="UTF-8"?>
<!--
  finding.xsl - how fimkit's stylesheets report what a conversion could not
  carry over, or a reason to stop.

  A finding is an xsl:message of one line:

    fimkit-finding|CODE|SEVERITY|LINE|OBJECT-ID|OBJECT-VERSION|TEXT

  SEVERITY is critical, method, warning or info; LINE, OBJECT-ID and
  OBJECT-VERSION may be empty.  `fimkit convert` turns such messages into
  findings of its report (docs/convert.md); any other message of a
  stylesheet is shown as it is.  Under a plain XSLT processor the messages
  are simply printed.

  Include this file and call

    <xsl:call-template name="fk-finding">
      <xsl:with-param name="code" select="'X201'"/>
      <xsl:with-param name="severity" select="'warning'"/>
      <xsl:with-param name="text" select="concat('...', ...)"/>
      <xsl:with-param name="node" select="."/>   (optional, default: .)
    </xsl:call-template>

  The object is the nearest ancestor-or-self of node that is an
  XDatenfelder object (its identifikation/id and version), else the nearest
  with an id child (XProzess, XZuFi).
  The line comes from the extension function fk:line(), which fimkit
  provides; elsewhere it stays empty.

  fk-fatal stops the transformation with a message (for example a bad
  parameter value); fimkit reports the input as not converted.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fk="urn:fimkit:xslt"
    exclude-result-prefixes="fk">

  <xsl:template name="fk-finding">
    <xsl:param name="code"/>
    <xsl:param name="severity" select="'warning'"/>
    <xsl:param name="text"/>
    <xsl:param name="node" select="."/>
    <!-- The XDatenfelder objects by name (cheap: only the ancestors are
         looked at), else the nearest ancestor with an id child. -->
    <xsl:variable name="xdf"
        select="$node/ancestor-or-self::*[local-name() = 'datenfeld' or local-name() = 'datenfeldgruppe'
                or local-name() = 'stammdatenschema' or local-name() = 'dokumentsteckbrief'
                or local-name() = 'dokumentensteckbrief'
                or local-name() = 'regel' or local-name() = 'codeliste'][1]/*[local-name() = 'identifikation']"/>
    <xsl:variable name="id">
      <xsl:choose>
        <xsl:when test="$xdf"><xsl:value-of select="normalize-space($xdf/*[local-name() = 'id'])"/></xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="normalize-space($node/ancestor-or-self::*[*[local-name() = 'id']][1]/*[local-name() = 'id'])"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="version">
      <xsl:choose>
        <xsl:when test="$xdf"><xsl:value-of select="normalize-space($xdf/*[local-name() = 'version'])"/></xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="normalize-space($node/ancestor-or-self::*[*[local-name() = 'id']][1]/*[local-name() = 'version'])"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="line">
      <xsl:if test="function-available('fk:line')">
        <xsl:value-of select="fk:line($node)"/>
      </xsl:if>
    </xsl:variable>
    <xsl:message>
      <xsl:value-of select="concat('fimkit-finding|', $code, '|', $severity, '|', $line, '|',
                                   $id, '|', $version, '|', normalize-space($text))"/>
    </xsl:message>
  </xsl:template>

  <xsl:template name="fk-fatal">
    <xsl:param name="text"/>
    <xsl:message terminate="yes">
      <xsl:value-of select="concat('fimkit-error|', normalize-space($text))"/>
    </xsl:message>
  </xsl:template>

</xsl:stylesheet>
