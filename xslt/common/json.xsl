<?xml version="1.0" encoding="UTF-8"?>
<!--
  json.xsl - writing JSON text from XSLT 1.0 (xsl:output method="text").

  Templates:

    json-string   s          "s" as a JSON string literal
    json-escape   s          the same without the quotes
    json-decimal  s          a decimal number as written in XML (-?digits(.digits)?,
                             see fk-is-decimal) as a JSON number: leading zeros
                             removed, digits kept exactly (no rounding via double)
    json-block    items, indent, open, close
                             an object or array over pre-rendered members: the string
                             value of each node in items is one member ("key": value)
                             or element; written one per line, indented by indent plus
                             two spaces, separated by commas (never a trailing one);
                             empty items give {} or []
    json-inline   items, open, close
                             the same on one line: [a, b]
    fk-is-decimal s          'true' when s is -?digits(.digits)? (what json-decimal takes)

  Escaping: " and \ are escaped, and so are the control characters an XML 1.0
  document can carry (TAB, LF, CR), as \u0009, \u000a, \u000d.  The other
  characters below U+0020 cannot occur in XPath strings read from XML 1.0
  (libxml2 rejects them even as character references).  "/" is not escaped.

  Members are usually built as a result tree fragment of elements and passed
  through exsl:node-set:

    <xsl:variable name="m">
      <m>"type": "string"</m>
      <m>"title": <xsl:call-template name="json-string">...</xsl:call-template></m>
    </xsl:variable>
    <xsl:call-template name="json-block">
      <xsl:with-param name="items" select="exsl:node-set($m)/m"/>
      <xsl:with-param name="indent" select="$indent"/>
    </xsl:call-template>
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:str="http://exslt.org/strings"
    exclude-result-prefixes="str">

  <xsl:template name="json-string">
    <xsl:param name="s"/>
    <xsl:text>"</xsl:text>
    <xsl:call-template name="json-escape">
      <xsl:with-param name="s" select="$s"/>
    </xsl:call-template>
    <xsl:text>"</xsl:text>
  </xsl:template>

  <xsl:template name="json-escape">
    <xsl:param name="s"/>
    <xsl:variable name="t" select="string($s)"/>
    <xsl:choose>
      <!-- most strings need nothing: one translate() decides -->
      <xsl:when test="translate($t, '&quot;\&#9;&#10;&#13;', '') = $t">
        <xsl:value-of select="$t"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- backslash first, so that the escapes added later stay intact -->
        <xsl:value-of select="str:replace(str:replace(str:replace(str:replace(str:replace($t,
                              '\', '\\'), '&quot;', '\&quot;'),
                              '&#9;', '\u0009'), '&#10;', '\u000a'), '&#13;', '\u000d')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="fk-is-decimal">
    <xsl:param name="s"/>
    <!-- no leading +: XPath's number() would not read it -->
    <xsl:variable name="u">
      <xsl:choose>
        <xsl:when test="starts-with($s, '-')"><xsl:value-of select="substring($s, 2)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="ip">
      <xsl:choose>
        <xsl:when test="contains($u, '.')"><xsl:value-of select="substring-before($u, '.')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$u"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="fp" select="substring-after($u, '.')"/>
    <xsl:if test="string-length($ip) &gt; 0 and translate($ip, '0123456789', '') = ''
                  and translate($fp, '0123456789', '') = ''
                  and (not(contains($u, '.')) or string-length($fp) &gt; 0)">true</xsl:if>
  </xsl:template>

  <xsl:template name="json-decimal">
    <xsl:param name="s"/>
    <xsl:variable name="neg" select="starts-with($s, '-')"/>
    <xsl:variable name="u">
      <xsl:choose>
        <xsl:when test="starts-with($s, '-')"><xsl:value-of select="substring($s, 2)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="ip">
      <xsl:choose>
        <xsl:when test="contains($u, '.')"><xsl:value-of select="substring-before($u, '.')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$u"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="fp" select="substring-after($u, '.')"/>
    <!-- JSON forbids leading zeros: drop them, keep one digit -->
    <xsl:variable name="int">
      <xsl:call-template name="json-strip-zeros">
        <xsl:with-param name="s" select="$ip"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:if test="$neg">-</xsl:if>
    <xsl:value-of select="$int"/>
    <xsl:if test="string-length($fp) &gt; 0">
      <xsl:value-of select="concat('.', $fp)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="json-strip-zeros">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="string-length($s) &gt; 1 and starts-with($s, '0')">
        <xsl:call-template name="json-strip-zeros">
          <xsl:with-param name="s" select="substring($s, 2)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="json-block">
    <xsl:param name="items" select="/.."/>
    <xsl:param name="indent" select="''"/>
    <xsl:param name="open" select="'{'"/>
    <xsl:param name="close" select="'}'"/>
    <xsl:value-of select="$open"/>
    <xsl:for-each select="$items">
      <xsl:if test="position() != 1">,</xsl:if>
      <xsl:value-of select="concat('&#10;', $indent, '  ', string(.))"/>
    </xsl:for-each>
    <xsl:if test="$items">
      <xsl:value-of select="concat('&#10;', $indent)"/>
    </xsl:if>
    <xsl:value-of select="$close"/>
  </xsl:template>

  <xsl:template name="json-inline">
    <xsl:param name="items" select="/.."/>
    <xsl:param name="open" select="'['"/>
    <xsl:param name="close" select="']'"/>
    <xsl:value-of select="$open"/>
    <xsl:for-each select="$items">
      <xsl:if test="position() != 1">, </xsl:if>
      <xsl:value-of select="string(.)"/>
    </xsl:for-each>
    <xsl:value-of select="$close"/>
  </xsl:template>

</xsl:stylesheet>
