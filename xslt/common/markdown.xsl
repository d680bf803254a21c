<?xml version="1.0" encoding="UTF-8"?>
<!--
  markdown.xsl - escaping helpers for fimkit's Markdown stylesheets
  (GitHub/GitLab-flavoured Markdown, CommonMark based).

  Every piece of input text goes through one of these templates before it
  reaches the output, so that user text can neither start Markdown syntax
  nor turn into raw HTML:

    fk-md-inline    text inside a line: \ ` * _ [ ] | ~ $ are backslash-escaped,
                    & < > become entities, line breaks become spaces
    fk-md-cell      a table cell: whitespace collapsed, then fk-md-inline
    fk-md-heading   a heading text: fk-md-cell plus # escaped
    fk-md-para      a block of text: line breaks kept as hard breaks, blank
                    lines as paragraph breaks, block markers at the start of
                    a line (# > - + = 1.) escaped
    fk-md-code      an inline code span that survives backticks and, in
                    tables, pipes
    fk-md-fence     a fenced code block longer than any backtick run inside
    fk-md-link      [text](url) for http(s) URLs, plain text otherwise
    fk-md-url-ok    'yes' when a URL may become a link (http or https)

  Include it with <xsl:include href="common/markdown.xsl"/>; the including
  stylesheet must use xsl:output method="text".
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:str="http://exslt.org/strings"
    extension-element-prefixes="str">

  <!-- Marks the start of every line while a block is split into lines;
       a private-use character, so it cannot clash with String.Latin text. -->
  <xsl:variable name="fk-md-mark" select="'&#xE000;'"/>

  <xsl:template name="fk-md-inline">
    <xsl:param name="s"/>
    <!-- & first: the entities added below must not be escaped again;
         \ before the other backslash escapes for the same reason. -->
    <xsl:variable name="a" select="str:replace(str:replace(str:replace(string($s), '&amp;', '&amp;amp;'), '&lt;', '&amp;lt;'), '&gt;', '&amp;gt;')"/>
    <xsl:variable name="b" select="str:replace(str:replace(str:replace($a, '\', '\\'), '`', '\`'), '*', '\*')"/>
    <xsl:variable name="c" select="str:replace(str:replace(str:replace($b, '_', '\_'), '[', '\['), ']', '\]')"/>
    <xsl:variable name="d" select="str:replace(str:replace(str:replace($c, '|', '\|'), '~', '\~'), '$', '\$')"/>
    <xsl:value-of select="translate($d, '&#10;&#13;&#9;', '   ')"/>
  </xsl:template>

  <xsl:template name="fk-md-cell">
    <xsl:param name="s"/>
    <xsl:call-template name="fk-md-inline">
      <xsl:with-param name="s" select="normalize-space($s)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="fk-md-heading">
    <xsl:param name="s"/>
    <xsl:variable name="e">
      <xsl:call-template name="fk-md-cell">
        <xsl:with-param name="s" select="$s"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:value-of select="str:replace(string($e), '#', '\#')"/>
  </xsl:template>

  <!-- A block of plain text. Output ends without a line break. -->
  <xsl:template name="fk-md-para">
    <xsl:param name="s"/>
    <xsl:variable name="lf" select="str:replace(str:replace(string($s), '&#13;&#10;', '&#10;'), '&#13;', '&#10;')"/>
    <xsl:variable name="marked" select="concat($fk-md-mark, str:replace($lf, '&#10;', concat('&#10;', $fk-md-mark)))"/>
    <xsl:variable name="lines" select="str:split($marked, '&#10;')"/>
    <xsl:for-each select="$lines">
      <xsl:variable name="line" select="normalize-space(translate(., $fk-md-mark, ''))"/>
      <xsl:variable name="prev" select="normalize-space(translate(preceding-sibling::*[1], $fk-md-mark, ''))"/>
      <xsl:if test="$line != ''">
        <!-- Separator before this line: a paragraph break when blank lines
             came before it, else a hard line break. -->
        <xsl:if test="preceding-sibling::*[normalize-space(translate(., $fk-md-mark, '')) != '']">
          <xsl:choose>
            <xsl:when test="$prev = ''"><xsl:text>&#10;&#10;</xsl:text></xsl:when>
            <xsl:otherwise><xsl:text>\&#10;</xsl:text></xsl:otherwise>
          </xsl:choose>
        </xsl:if>
        <xsl:call-template name="fk-md-line">
          <xsl:with-param name="s" select="$line"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- One line of a block: inline escapes plus the block markers that only
       count at the start of a line. -->
  <xsl:template name="fk-md-line">
    <xsl:param name="s"/>
    <xsl:variable name="e">
      <xsl:call-template name="fk-md-inline">
        <xsl:with-param name="s" select="$s"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="fk-md-linestart">
      <xsl:with-param name="s" select="string($e)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Escapes a block marker at the start of already inline-escaped text. -->
  <xsl:template name="fk-md-linestart">
    <xsl:param name="s"/>
    <xsl:variable name="first" select="substring($s, 1, 1)"/>
    <xsl:variable name="digits">
      <xsl:call-template name="fk-md-digit-run">
        <xsl:with-param name="s" select="$s"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="after" select="substring($s, string-length($digits) + 1, 1)"/>
    <xsl:choose>
      <xsl:when test="$first != '' and contains('#&gt;-+=', $first)">
        <xsl:value-of select="concat('\', $s)"/>
      </xsl:when>
      <xsl:when test="$digits != '' and ($after = '.' or $after = ')')">
        <xsl:value-of select="concat($digits, '\', substring($s, string-length($digits) + 1))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The digits at the start of s (an ordered list marker has at most 9). -->
  <xsl:template name="fk-md-digit-run">
    <xsl:param name="s"/>
    <xsl:param name="n" select="0"/>
    <xsl:variable name="c" select="substring($s, $n + 1, 1)"/>
    <xsl:choose>
      <xsl:when test="$n &lt; 10 and $c != '' and contains('0123456789', $c)">
        <xsl:call-template name="fk-md-digit-run">
          <xsl:with-param name="s" select="$s"/>
          <xsl:with-param name="n" select="$n + 1"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="substring($s, 1, $n)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Inline code. Backticks inside get a longer delimiter; in a table
       (cell='yes') pipes must still be escaped (GFM). -->
  <xsl:template name="fk-md-code">
    <xsl:param name="s"/>
    <xsl:param name="cell" select="'yes'"/>
    <xsl:variable name="t0" select="normalize-space($s)"/>
    <xsl:variable name="t">
      <xsl:choose>
        <xsl:when test="$cell = 'yes'"><xsl:value-of select="str:replace($t0, '|', '\|')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$t0"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="ticks">
      <xsl:call-template name="fk-md-ticks">
        <xsl:with-param name="s" select="$t0"/>
        <xsl:with-param name="n" select="1"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$t0 = ''"/>
      <xsl:when test="contains($t0, '`')">
        <xsl:value-of select="concat($ticks, ' ', $t, ' ', $ticks)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('`', $t, '`')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The shortest run of backticks (at least n) that does not occur in s. -->
  <xsl:template name="fk-md-ticks">
    <xsl:param name="s"/>
    <xsl:param name="n" select="3"/>
    <xsl:variable name="run" select="str:padding($n, '`')"/>
    <xsl:choose>
      <xsl:when test="contains($s, $run) and $n &lt; 64">
        <xsl:call-template name="fk-md-ticks">
          <xsl:with-param name="s" select="$s"/>
          <xsl:with-param name="n" select="$n + 1"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$run"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A fenced code block; output ends with a line break. -->
  <xsl:template name="fk-md-fence">
    <xsl:param name="s"/>
    <xsl:variable name="body" select="str:replace(str:replace(string($s), '&#13;&#10;', '&#10;'), '&#13;', '&#10;')"/>
    <xsl:variable name="fence">
      <xsl:call-template name="fk-md-ticks">
        <xsl:with-param name="s" select="$body"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:value-of select="concat($fence, '&#10;', $body)"/>
    <xsl:if test="substring($body, string-length($body)) != '&#10;'">
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
    <xsl:value-of select="concat($fence, '&#10;')"/>
  </xsl:template>

  <xsl:template name="fk-md-url-ok">
    <xsl:param name="url"/>
    <xsl:variable name="u" select="translate(normalize-space($url), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:if test="(starts-with($u, 'https://') or starts-with($u, 'http://')) and not(contains(normalize-space($url), ' '))">yes</xsl:if>
  </xsl:template>

  <!-- [text](url) when url is http(s); otherwise the text followed by the
       address as code, so nothing else becomes a link. -->
  <xsl:template name="fk-md-link">
    <xsl:param name="text"/>
    <xsl:param name="url"/>
    <xsl:variable name="ok">
      <xsl:call-template name="fk-md-url-ok">
        <xsl:with-param name="url" select="$url"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="label">
      <xsl:choose>
        <xsl:when test="normalize-space($text) != ''"><xsl:value-of select="normalize-space($text)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="normalize-space($url)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$ok = 'yes'">
        <xsl:text>[</xsl:text>
        <xsl:call-template name="fk-md-inline">
          <xsl:with-param name="s" select="$label"/>
        </xsl:call-template>
        <xsl:text>](</xsl:text>
        <xsl:call-template name="fk-md-url">
          <xsl:with-param name="url" select="$url"/>
        </xsl:call-template>
        <xsl:text>)</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="fk-md-inline">
          <xsl:with-param name="s" select="$label"/>
        </xsl:call-template>
        <xsl:if test="normalize-space($url) != '' and normalize-space($url) != $label">
          <xsl:text> (</xsl:text>
          <xsl:call-template name="fk-md-code">
            <xsl:with-param name="s" select="$url"/>
          </xsl:call-template>
          <xsl:text>)</xsl:text>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A link destination: percent-encodes what would end or break it
       (space, < > ( ) | \ and non-ASCII). -->
  <xsl:template name="fk-md-url">
    <xsl:param name="url"/>
    <xsl:variable name="u" select="str:encode-uri(normalize-space($url), false())"/>
    <xsl:value-of select="str:replace(str:replace(str:replace(str:replace($u, '(', '%28'), ')', '%29'), '|', '%7C'), '\', '%5C')"/>
  </xsl:template>

</xsl:stylesheet>
