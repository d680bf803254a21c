<?xml version="1.0" encoding="UTF-8"?>
<!--
  richtext.xsl - turns the text of an XZuFi text module (PVOG-style HTML,
  either escaped as text or present as element content) into a small, safe
  tree that the HTML and Markdown stylesheets render.

  Call

    <xsl:variable name="t">
      <xsl:call-template name="fk-rt-tree">
        <xsl:with-param name="node" select="xz:inhalt"/>
      </xsl:call-template>
    </xsl:variable>

  and render exsl:node-set($t)/node(). The tree holds only text and these
  elements:

    p ul ol li strong em br   no namespace (b and i are read as strong, em)
    a                          no namespace, href is http:// or https://
    fkrt:raw                   (urn:fimkit:xslt:richtext) markup outside that
                               subset, kept as literal text: the renderer
                               must output it as text

  So script, style, event-handler attributes and javascript: links can
  never come through; they are shown as the text they were written as.
  Escaped text is parsed leniently: a lone < stays text, an unclosed tag
  is closed at the end, a stray end tag is dropped, a new p, ul or ol closes
  an open p, a new li an open li and a new a an open a, as HTML parsers do;
  elements nested deeper than 32 are shown as text. Character references
  are decoded (named ones for Latin-1 and common punctuation, numeric ones
  for ASCII, Latin-1 and that punctuation); others stay as written. Long
  texts are fine: no template recurses once per tag or character, so
  libxslt's limit of 3000 nested calls is never reached.

  fk-rt-raw-summary lists the first pieces of raw markup of a tree, for a
  finding.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:str="http://exslt.org/strings"
    xmlns:fkrt="urn:fimkit:xslt:richtext"
    extension-element-prefixes="exsl str"
    exclude-result-prefixes="fkrt">

  <xsl:variable name="fk-rt-upper" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>
  <xsl:variable name="fk-rt-lower" select="'abcdefghijklmnopqrstuvwxyz'"/>

  <!-- Tokens of escaped markup, looked up by the id of their parent. -->
  <xsl:key name="fk-rt-parent" match="fkrt:tok" use="@p"/>

  <!-- Characters 32-126 and 160-255, indexed by code point. -->
  <xsl:variable name="fk-rt-ascii"><xsl:text> !"#$%&amp;'()*+,-./0123456789:;&lt;=&gt;?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~</xsl:text></xsl:variable>
  <xsl:variable name="fk-rt-latin1"><xsl:text>&#160;&#161;&#162;&#163;&#164;&#165;&#166;&#167;&#168;&#169;&#170;&#171;&#172;&#173;&#174;&#175;&#176;&#177;&#178;&#179;&#180;&#181;&#182;&#183;&#184;&#185;&#186;&#187;&#188;&#189;&#190;&#191;&#192;&#193;&#194;&#195;&#196;&#197;&#198;&#199;&#200;&#201;&#202;&#203;&#204;&#205;&#206;&#207;&#208;&#209;&#210;&#211;&#212;&#213;&#214;&#215;&#216;&#217;&#218;&#219;&#220;&#221;&#222;&#223;&#224;&#225;&#226;&#227;&#228;&#229;&#230;&#231;&#232;&#233;&#234;&#235;&#236;&#237;&#238;&#239;&#240;&#241;&#242;&#243;&#244;&#245;&#246;&#247;&#248;&#249;&#250;&#251;&#252;&#253;&#254;&#255;</xsl:text></xsl:variable>

  <!-- Named character references that are decoded (name, code point). -->
  <xsl:variable name="fk-rt-entities-rtf">
    <fkrt:e n="nbsp" c="160">&#160;</fkrt:e><fkrt:e n="iexcl" c="161">&#161;</fkrt:e><fkrt:e n="cent" c="162">&#162;</fkrt:e>
    <fkrt:e n="pound" c="163">&#163;</fkrt:e><fkrt:e n="curren" c="164">&#164;</fkrt:e><fkrt:e n="yen" c="165">&#165;</fkrt:e>
    <fkrt:e n="brvbar" c="166">&#166;</fkrt:e><fkrt:e n="sect" c="167">&#167;</fkrt:e><fkrt:e n="uml" c="168">&#168;</fkrt:e>
    <fkrt:e n="copy" c="169">&#169;</fkrt:e><fkrt:e n="ordf" c="170">&#170;</fkrt:e><fkrt:e n="laquo" c="171">&#171;</fkrt:e>
    <fkrt:e n="not" c="172">&#172;</fkrt:e><fkrt:e n="shy" c="173">&#173;</fkrt:e><fkrt:e n="reg" c="174">&#174;</fkrt:e>
    <fkrt:e n="macr" c="175">&#175;</fkrt:e><fkrt:e n="deg" c="176">&#176;</fkrt:e><fkrt:e n="plusmn" c="177">&#177;</fkrt:e>
    <fkrt:e n="sup2" c="178">&#178;</fkrt:e><fkrt:e n="sup3" c="179">&#179;</fkrt:e><fkrt:e n="acute" c="180">&#180;</fkrt:e>
    <fkrt:e n="micro" c="181">&#181;</fkrt:e><fkrt:e n="para" c="182">&#182;</fkrt:e><fkrt:e n="middot" c="183">&#183;</fkrt:e>
    <fkrt:e n="cedil" c="184">&#184;</fkrt:e><fkrt:e n="sup1" c="185">&#185;</fkrt:e><fkrt:e n="ordm" c="186">&#186;</fkrt:e>
    <fkrt:e n="raquo" c="187">&#187;</fkrt:e><fkrt:e n="frac14" c="188">&#188;</fkrt:e><fkrt:e n="frac12" c="189">&#189;</fkrt:e>
    <fkrt:e n="frac34" c="190">&#190;</fkrt:e><fkrt:e n="iquest" c="191">&#191;</fkrt:e><fkrt:e n="Agrave" c="192">&#192;</fkrt:e>
    <fkrt:e n="Aacute" c="193">&#193;</fkrt:e><fkrt:e n="Acirc" c="194">&#194;</fkrt:e><fkrt:e n="Atilde" c="195">&#195;</fkrt:e>
    <fkrt:e n="Auml" c="196">&#196;</fkrt:e><fkrt:e n="Aring" c="197">&#197;</fkrt:e><fkrt:e n="AElig" c="198">&#198;</fkrt:e>
    <fkrt:e n="Ccedil" c="199">&#199;</fkrt:e><fkrt:e n="Egrave" c="200">&#200;</fkrt:e><fkrt:e n="Eacute" c="201">&#201;</fkrt:e>
    <fkrt:e n="Ecirc" c="202">&#202;</fkrt:e><fkrt:e n="Euml" c="203">&#203;</fkrt:e><fkrt:e n="Igrave" c="204">&#204;</fkrt:e>
    <fkrt:e n="Iacute" c="205">&#205;</fkrt:e><fkrt:e n="Icirc" c="206">&#206;</fkrt:e><fkrt:e n="Iuml" c="207">&#207;</fkrt:e>
    <fkrt:e n="ETH" c="208">&#208;</fkrt:e><fkrt:e n="Ntilde" c="209">&#209;</fkrt:e><fkrt:e n="Ograve" c="210">&#210;</fkrt:e>
    <fkrt:e n="Oacute" c="211">&#211;</fkrt:e><fkrt:e n="Ocirc" c="212">&#212;</fkrt:e><fkrt:e n="Otilde" c="213">&#213;</fkrt:e>
    <fkrt:e n="Ouml" c="214">&#214;</fkrt:e><fkrt:e n="times" c="215">&#215;</fkrt:e><fkrt:e n="Oslash" c="216">&#216;</fkrt:e>
    <fkrt:e n="Ugrave" c="217">&#217;</fkrt:e><fkrt:e n="Uacute" c="218">&#218;</fkrt:e><fkrt:e n="Ucirc" c="219">&#219;</fkrt:e>
    <fkrt:e n="Uuml" c="220">&#220;</fkrt:e><fkrt:e n="Yacute" c="221">&#221;</fkrt:e><fkrt:e n="THORN" c="222">&#222;</fkrt:e>
    <fkrt:e n="szlig" c="223">&#223;</fkrt:e><fkrt:e n="agrave" c="224">&#224;</fkrt:e><fkrt:e n="aacute" c="225">&#225;</fkrt:e>
    <fkrt:e n="acirc" c="226">&#226;</fkrt:e><fkrt:e n="atilde" c="227">&#227;</fkrt:e><fkrt:e n="auml" c="228">&#228;</fkrt:e>
    <fkrt:e n="aring" c="229">&#229;</fkrt:e><fkrt:e n="aelig" c="230">&#230;</fkrt:e><fkrt:e n="ccedil" c="231">&#231;</fkrt:e>
    <fkrt:e n="egrave" c="232">&#232;</fkrt:e><fkrt:e n="eacute" c="233">&#233;</fkrt:e><fkrt:e n="ecirc" c="234">&#234;</fkrt:e>
    <fkrt:e n="euml" c="235">&#235;</fkrt:e><fkrt:e n="igrave" c="236">&#236;</fkrt:e><fkrt:e n="iacute" c="237">&#237;</fkrt:e>
    <fkrt:e n="icirc" c="238">&#238;</fkrt:e><fkrt:e n="iuml" c="239">&#239;</fkrt:e><fkrt:e n="eth" c="240">&#240;</fkrt:e>
    <fkrt:e n="ntilde" c="241">&#241;</fkrt:e><fkrt:e n="ograve" c="242">&#242;</fkrt:e><fkrt:e n="oacute" c="243">&#243;</fkrt:e>
    <fkrt:e n="ocirc" c="244">&#244;</fkrt:e><fkrt:e n="otilde" c="245">&#245;</fkrt:e><fkrt:e n="ouml" c="246">&#246;</fkrt:e>
    <fkrt:e n="divide" c="247">&#247;</fkrt:e><fkrt:e n="oslash" c="248">&#248;</fkrt:e><fkrt:e n="ugrave" c="249">&#249;</fkrt:e>
    <fkrt:e n="uacute" c="250">&#250;</fkrt:e><fkrt:e n="ucirc" c="251">&#251;</fkrt:e><fkrt:e n="uuml" c="252">&#252;</fkrt:e>
    <fkrt:e n="yacute" c="253">&#253;</fkrt:e><fkrt:e n="thorn" c="254">&#254;</fkrt:e><fkrt:e n="yuml" c="255">&#255;</fkrt:e>
    <fkrt:e n="amp" c="38">&#38;</fkrt:e><fkrt:e n="lt" c="60">&#60;</fkrt:e><fkrt:e n="gt" c="62">&#62;</fkrt:e>
    <fkrt:e n="quot" c="34">&#34;</fkrt:e><fkrt:e n="euro" c="8364">&#8364;</fkrt:e><fkrt:e n="ndash" c="8211">&#8211;</fkrt:e>
    <fkrt:e n="mdash" c="8212">&#8212;</fkrt:e><fkrt:e n="lsquo" c="8216">&#8216;</fkrt:e><fkrt:e n="rsquo" c="8217">&#8217;</fkrt:e>
    <fkrt:e n="sbquo" c="8218">&#8218;</fkrt:e><fkrt:e n="ldquo" c="8220">&#8220;</fkrt:e><fkrt:e n="rdquo" c="8221">&#8221;</fkrt:e>
    <fkrt:e n="bdquo" c="8222">&#8222;</fkrt:e><fkrt:e n="hellip" c="8230">&#8230;</fkrt:e><fkrt:e n="bull" c="8226">&#8226;</fkrt:e>
    <fkrt:e n="trade" c="8482">&#8482;</fkrt:e><fkrt:e n="permil" c="8240">&#8240;</fkrt:e>
    <fkrt:e n="dagger" c="8224">&#8224;</fkrt:e><fkrt:e n="thinsp" c="8201">&#8201;</fkrt:e><fkrt:e n="ensp" c="8194">&#8194;</fkrt:e>
    <fkrt:e n="emsp" c="8195">&#8195;</fkrt:e><fkrt:e n="zwnj" c="8204">&#8204;</fkrt:e><fkrt:e n="zwj" c="8205">&#8205;</fkrt:e>
    <fkrt:e n="lrm" c="8206">&#8206;</fkrt:e><fkrt:e n="rlm" c="8207">&#8207;</fkrt:e><fkrt:e n="OElig" c="338">&#338;</fkrt:e>
    <fkrt:e n="oelig" c="339">&#339;</fkrt:e><fkrt:e n="Scaron" c="352">&#352;</fkrt:e><fkrt:e n="scaron" c="353">&#353;</fkrt:e>
    <fkrt:e n="Yuml" c="376">&#376;</fkrt:e><fkrt:e n="minus" c="8722">&#8722;</fkrt:e><fkrt:e n="larr" c="8592">&#8592;</fkrt:e>
    <fkrt:e n="rarr" c="8594">&#8594;</fkrt:e><fkrt:e n="apos" c="39">&#39;</fkrt:e>
  </xsl:variable>
  <xsl:variable name="fk-rt-entities" select="exsl:node-set($fk-rt-entities-rtf)/fkrt:e"/>

  <!-- ================================================================ -->
  <!-- Entry point                                                      -->
  <!-- ================================================================ -->

  <xsl:template name="fk-rt-tree">
    <xsl:param name="node" select="."/>
    <xsl:choose>
      <xsl:when test="$node/*">
        <xsl:apply-templates select="$node/node()" mode="fk-rt-elem"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="fk-rt-escaped">
          <xsl:with-param name="s" select="string($node)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Markup as element content                                        -->
  <!-- ================================================================ -->

  <xsl:template match="*" mode="fk-rt-elem">
    <xsl:variable name="l" select="translate(local-name(), $fk-rt-upper, $fk-rt-lower)"/>
    <xsl:variable name="m">
      <xsl:call-template name="fk-rt-map">
        <xsl:with-param name="name" select="$l"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="href" select="normalize-space(@*[translate(local-name(), $fk-rt-upper, $fk-rt-lower) = 'href'])"/>
    <xsl:variable name="href-ok">
      <xsl:call-template name="fk-rt-url-ok">
        <xsl:with-param name="url" select="$href"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$m = 'br'"><br/></xsl:when>
      <xsl:when test="$m = 'a' and $href-ok = 'yes'">
        <a href="{$href}"><xsl:apply-templates mode="fk-rt-elem"/></a>
      </xsl:when>
      <xsl:when test="$m != 'a' and contains(' p ul ol li strong em ', concat(' ', $m, ' '))">
        <xsl:element name="{$m}"><xsl:apply-templates mode="fk-rt-elem"/></xsl:element>
      </xsl:when>
      <xsl:otherwise>
        <!-- Not in the subset: the tags become visible text. -->
        <xsl:variable name="attrs">
          <xsl:for-each select="@*">
            <xsl:value-of select="concat(' ', name(), '=&quot;', ., '&quot;')"/>
          </xsl:for-each>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="node()">
            <fkrt:raw><xsl:value-of select="concat('&lt;', name(), $attrs, '&gt;')"/></fkrt:raw>
            <xsl:apply-templates mode="fk-rt-elem"/>
            <fkrt:raw><xsl:value-of select="concat('&lt;/', name(), '&gt;')"/></fkrt:raw>
          </xsl:when>
          <xsl:otherwise>
            <fkrt:raw><xsl:value-of select="concat('&lt;', name(), $attrs, '/&gt;')"/></fkrt:raw>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="text()" mode="fk-rt-elem">
    <xsl:value-of select="."/>
  </xsl:template>

  <!-- Comments and processing instructions are not content. -->
  <xsl:template match="comment() | processing-instruction()" mode="fk-rt-elem"/>

  <!-- ================================================================ -->
  <!-- Markup escaped as text                                           -->
  <!-- ================================================================ -->

  <!-- Three passes, none of which recurses once per tag (libxslt stops at
       3000 nested calls): fk-rt-lex cuts the text into classified pieces,
       fk-rt-link gives every piece its parent element (divide and conquer
       over the pieces, carrying the stack of open elements), fk-rt-build
       makes the tree. -->
  <xsl:variable name="fk-rt-mark" select="'&#xE000;'"/>
  <xsl:variable name="fk-rt-max-depth" select="32"/>

  <xsl:template name="fk-rt-escaped">
    <xsl:param name="s"/>
    <xsl:variable name="lexed">
      <xsl:call-template name="fk-rt-lex">
        <xsl:with-param name="s" select="$s"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="lx" select="exsl:node-set($lexed)/fkrt:x"/>
    <xsl:variable name="linked">
      <xsl:if test="$lx">
        <xsl:call-template name="fk-rt-link">
          <xsl:with-param name="first" select="$lx[1]"/>
          <xsl:with-param name="count" select="count($lx)"/>
          <xsl:with-param name="stack" select="''"/>
          <xsl:with-param name="n" select="1"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:for-each select="exsl:node-set($linked)">
      <xsl:call-template name="fk-rt-build">
        <xsl:with-param name="p" select="'0'"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- Pieces: fkrt:x with k = text | open | close | br | raw, the element
       name n (b and i mapped), href and self (for <p/>) on open, and the
       source text of every tag. -->
  <xsl:template name="fk-rt-lex">
    <xsl:param name="s"/>
    <xsl:variable name="parts" select="str:split(concat($fk-rt-mark, str:replace(string($s), '&lt;', concat('&lt;', $fk-rt-mark))), '&lt;')"/>
    <xsl:for-each select="$parts">
      <xsl:variable name="p" select="substring-after(., $fk-rt-mark)"/>
      <xsl:variable name="c1" select="substring($p, 1, 1)"/>
      <xsl:choose>
        <xsl:when test="position() = 1">
          <xsl:call-template name="fk-rt-lex-text">
            <xsl:with-param name="s" select="$p"/>
          </xsl:call-template>
        </xsl:when>
        <!-- Not a tag: a lone < is text. -->
        <xsl:when test="not(contains($p, '&gt;')) or $c1 = ''
                        or not(contains(concat($fk-rt-upper, $fk-rt-lower, '/!?'), $c1))">
          <xsl:call-template name="fk-rt-lex-text">
            <xsl:with-param name="s" select="concat('&lt;', $p)"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="fk-rt-lex-tag">
            <xsl:with-param name="tag" select="substring-before($p, '&gt;')"/>
          </xsl:call-template>
          <xsl:call-template name="fk-rt-lex-text">
            <xsl:with-param name="s" select="substring-after($p, '&gt;')"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="fk-rt-lex-text">
    <xsl:param name="s"/>
    <xsl:if test="$s != ''">
      <fkrt:x k="text">
        <xsl:call-template name="fk-rt-decode">
          <xsl:with-param name="s" select="$s"/>
        </xsl:call-template>
      </fkrt:x>
    </xsl:if>
  </xsl:template>

  <!-- Classifies the text between < and >. -->
  <xsl:template name="fk-rt-lex-tag">
    <xsl:param name="tag"/>
    <xsl:variable name="closing" select="starts-with($tag, '/')"/>
    <xsl:variable name="body">
      <xsl:choose>
        <xsl:when test="$closing"><xsl:value-of select="substring($tag, 2)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$tag"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="name" select="translate(substring-before(concat(translate($body, '&#9;&#10;&#13;/', '    '), ' '), ' '), $fk-rt-upper, $fk-rt-lower)"/>
    <xsl:variable name="m">
      <xsl:call-template name="fk-rt-map">
        <xsl:with-param name="name" select="$name"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="href">
      <xsl:if test="$m = 'a' and not($closing)">
        <xsl:call-template name="fk-rt-href">
          <xsl:with-param name="tag" select="$body"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="href-ok">
      <xsl:call-template name="fk-rt-url-ok">
        <xsl:with-param name="url" select="$href"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="src" select="concat('&lt;', $tag, '&gt;')"/>
    <xsl:choose>
      <xsl:when test="$m = 'br'">
        <fkrt:x k="br" src="{$src}"/>
      </xsl:when>
      <xsl:when test="$m = '' or not(contains(' p ul ol li strong em a ', concat(' ', $m, ' ')))
                      or ($m = 'a' and not($closing) and $href-ok != 'yes')">
        <fkrt:x k="raw" src="{$src}"/>
      </xsl:when>
      <xsl:when test="$closing">
        <fkrt:x k="close" n="{$m}" src="{$src}"/>
      </xsl:when>
      <xsl:otherwise>
        <fkrt:x k="open" n="{$m}" src="{$src}">
          <xsl:if test="$m = 'a'">
            <xsl:attribute name="href"><xsl:value-of select="normalize-space($href)"/></xsl:attribute>
          </xsl:if>
          <xsl:if test="substring($tag, string-length($tag)) = '/'">
            <xsl:attribute name="self">yes</xsl:attribute>
          </xsl:if>
        </fkrt:x>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Links count pieces from first: emits fkrt:tok elements (k, n, id,
       href, p = id of the parent, 0 at the top) and, last, an fkrt:state
       with the stack of open elements ("name#id " entries, innermost
       first) and the next id. Halves the range until it is short enough
       to walk one piece per call. -->
  <xsl:template name="fk-rt-link">
    <xsl:param name="first"/>
    <xsl:param name="count"/>
    <xsl:param name="stack"/>
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$count &lt;= 32">
        <xsl:call-template name="fk-rt-step">
          <xsl:with-param name="t" select="$first"/>
          <xsl:with-param name="left" select="$count"/>
          <xsl:with-param name="stack" select="$stack"/>
          <xsl:with-param name="n" select="$n"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="h" select="floor($count div 2)"/>
        <xsl:variable name="left-rtf">
          <xsl:call-template name="fk-rt-link">
            <xsl:with-param name="first" select="$first"/>
            <xsl:with-param name="count" select="$h"/>
            <xsl:with-param name="stack" select="$stack"/>
            <xsl:with-param name="n" select="$n"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="left" select="exsl:node-set($left-rtf)"/>
        <xsl:copy-of select="$left/fkrt:tok"/>
        <xsl:call-template name="fk-rt-link">
          <xsl:with-param name="first" select="$first/following-sibling::fkrt:x[$h]"/>
          <xsl:with-param name="count" select="$count - $h"/>
          <xsl:with-param name="stack" select="string($left/fkrt:state/@stack)"/>
          <xsl:with-param name="n" select="number($left/fkrt:state/@n)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="fk-rt-step">
    <xsl:param name="t"/>
    <xsl:param name="left"/>
    <xsl:param name="stack"/>
    <xsl:param name="n"/>
    <xsl:variable name="parent">
      <xsl:choose>
        <xsl:when test="$stack = ''">0</xsl:when>
        <xsl:otherwise><xsl:value-of select="substring-after(substring-before($stack, ' '), '#')"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="m" select="string($t/@n)"/>
    <xsl:variable name="top" select="substring-before(substring-before($stack, ' '), '#')"/>
    <xsl:variable name="open" select="$m != '' and contains(concat(' ', $stack), concat(' ', $m, '#'))"/>
    <xsl:variable name="depth" select="string-length($stack) - string-length(translate($stack, ' ', ''))"/>
    <xsl:choose>
      <xsl:when test="$left &lt;= 0 or not($t)">
        <fkrt:state stack="{$stack}" n="{$n}"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- What this piece emits ... -->
        <xsl:choose>
          <xsl:when test="$t/@k = 'text'">
            <fkrt:tok k="text" p="{$parent}"><xsl:value-of select="$t"/></fkrt:tok>
          </xsl:when>
          <xsl:when test="$t/@k = 'br'">
            <fkrt:tok k="br" p="{$parent}"/>
          </xsl:when>
          <!-- A stray </a> belongs to a link shown as text; too deep a
               nesting is shown as text rather than built. -->
          <xsl:when test="$t/@k = 'raw' or ($t/@k = 'close' and $m = 'a' and not($open))
                          or ($t/@k = 'open' and $depth &gt;= $fk-rt-max-depth)">
            <fkrt:tok k="raw" p="{$parent}"><xsl:value-of select="$t/@src"/></fkrt:tok>
          </xsl:when>
        </xsl:choose>
        <!-- ... and the stack after it. A block start closes an open
             paragraph, a list item the previous item and a link an open
             link, as an HTML parser would. -->
        <xsl:variable name="stack1">
          <xsl:choose>
            <xsl:when test="$t/@k != 'open' or $depth &gt;= $fk-rt-max-depth"><xsl:value-of select="$stack"/></xsl:when>
            <xsl:when test="($top = 'p' and ($m = 'p' or $m = 'ul' or $m = 'ol')) or ($top = 'li' and $m = 'li')">
              <xsl:value-of select="substring-after($stack, ' ')"/>
            </xsl:when>
            <xsl:when test="$m = 'a' and $open">
              <xsl:value-of select="substring-after(substring-after(concat(' ', $stack), ' a#'), ' ')"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$stack"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:if test="$t/@k = 'open' and $depth &lt; $fk-rt-max-depth">
          <fkrt:tok k="open" n="{$m}" id="{$n}">
            <xsl:attribute name="p">
              <xsl:choose>
                <xsl:when test="$stack1 = ''">0</xsl:when>
                <xsl:otherwise><xsl:value-of select="substring-after(substring-before($stack1, ' '), '#')"/></xsl:otherwise>
              </xsl:choose>
            </xsl:attribute>
            <xsl:copy-of select="$t/@href"/>
          </fkrt:tok>
        </xsl:if>
        <xsl:call-template name="fk-rt-step">
          <xsl:with-param name="t" select="$t/following-sibling::fkrt:x[1]"/>
          <xsl:with-param name="left" select="$left - 1"/>
          <xsl:with-param name="n">
            <xsl:choose>
              <xsl:when test="$t/@k = 'open' and $depth &lt; $fk-rt-max-depth"><xsl:value-of select="$n + 1"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="stack">
            <xsl:choose>
              <xsl:when test="$t/@k = 'open' and $depth &lt; $fk-rt-max-depth and not($t/@self)">
                <xsl:value-of select="concat($m, '#', $n, ' ', $stack1)"/>
              </xsl:when>
              <xsl:when test="$t/@k = 'close' and $open">
                <!-- Closes the innermost element of that name and all
                     inside it; a stray end tag changes nothing. -->
                <xsl:value-of select="substring-after(substring-after(concat(' ', $stack), concat(' ', $m, '#')), ' ')"/>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="$stack1"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="fk-rt-build">
    <xsl:param name="p"/>
    <xsl:for-each select="key('fk-rt-parent', $p)">
      <xsl:choose>
        <xsl:when test="@k = 'text'"><xsl:value-of select="."/></xsl:when>
        <xsl:when test="@k = 'raw'"><fkrt:raw><xsl:value-of select="."/></fkrt:raw></xsl:when>
        <xsl:when test="@k = 'br'"><br/></xsl:when>
        <xsl:otherwise>
          <xsl:element name="{@n}">
            <xsl:if test="@href"><xsl:attribute name="href"><xsl:value-of select="@href"/></xsl:attribute></xsl:if>
            <xsl:call-template name="fk-rt-build">
              <xsl:with-param name="p" select="@id"/>
            </xsl:call-template>
          </xsl:element>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Helpers                                                          -->
  <!-- ================================================================ -->

  <xsl:template name="fk-rt-map">
    <xsl:param name="name"/>
    <xsl:choose>
      <xsl:when test="$name = 'b'">strong</xsl:when>
      <xsl:when test="$name = 'i'">em</xsl:when>
      <xsl:otherwise><xsl:value-of select="$name"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 'yes' for an absolute http or https URL without whitespace. -->
  <xsl:template name="fk-rt-url-ok">
    <xsl:param name="url"/>
    <xsl:variable name="u" select="translate(normalize-space($url), $fk-rt-upper, $fk-rt-lower)"/>
    <xsl:if test="(starts-with($u, 'https://') or starts-with($u, 'http://'))
                  and string-length($u) &gt; 8 and not(contains($u, ' '))">yes</xsl:if>
  </xsl:template>

  <!-- The decoded value of the href attribute in the text of a start tag. -->
  <xsl:template name="fk-rt-href">
    <xsl:param name="tag"/>
    <xsl:variable name="t" select="translate($tag, '&#9;&#10;&#13;', '   ')"/>
    <xsl:variable name="lt" select="translate($t, $fk-rt-upper, $fk-rt-lower)"/>
    <xsl:if test="contains($lt, ' href')">
      <xsl:variable name="from" select="string-length(substring-before($lt, ' href')) + 6"/>
      <xsl:variable name="a" select="normalize-space(substring($t, $from))"/>
      <xsl:if test="starts-with($a, '=')">
        <xsl:variable name="v" select="normalize-space(substring($a, 2))"/>
        <xsl:variable name="q" select="substring($v, 1, 1)"/>
        <xsl:variable name="raw">
          <xsl:choose>
            <xsl:when test="$q = '&quot;' or $q = &quot;'&quot;">
              <xsl:value-of select="substring-before(substring($v, 2), $q)"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="substring-before(concat($v, ' '), ' ')"/>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:call-template name="fk-rt-decode">
          <xsl:with-param name="s" select="$raw"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- Decodes character references; unknown ones stay as written. -->
  <xsl:template name="fk-rt-decode">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="not(contains($s, '&amp;'))"><xsl:value-of select="$s"/></xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="substring-before($s, '&amp;')"/>
        <xsl:for-each select="str:split(str:replace(concat($fk-rt-mark, substring-after($s, '&amp;')), '&amp;', concat('&amp;', $fk-rt-mark)), '&amp;')">
          <xsl:variable name="r" select="substring-after(., $fk-rt-mark)"/>
          <xsl:variable name="ref" select="substring-before($r, ';')"/>
          <xsl:variable name="ch">
            <xsl:if test="contains($r, ';') and string-length($ref) &gt; 0 and string-length($ref) &lt;= 10">
              <xsl:call-template name="fk-rt-char">
                <xsl:with-param name="ref" select="$ref"/>
              </xsl:call-template>
            </xsl:if>
          </xsl:variable>
          <xsl:choose>
            <xsl:when test="string($ch) != ''">
              <xsl:value-of select="concat($ch, substring-after($r, ';'))"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="concat('&amp;', $r)"/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The character of a reference name (without & and ;), or nothing. -->
  <xsl:template name="fk-rt-char">
    <xsl:param name="ref"/>
    <xsl:variable name="code">
      <xsl:choose>
        <xsl:when test="starts-with($ref, '#x') or starts-with($ref, '#X')">
          <xsl:call-template name="fk-rt-hex">
            <xsl:with-param name="h" select="translate(substring($ref, 3), 'abcdef', 'ABCDEF')"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="starts-with($ref, '#') and translate(substring($ref, 2), '0123456789', '') = ''">
          <xsl:value-of select="number(substring($ref, 2))"/>
        </xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="not(starts-with($ref, '#'))">
        <xsl:value-of select="$fk-rt-entities[@n = $ref]"/>
      </xsl:when>
      <xsl:when test="string(number($code)) = 'NaN'"/>
      <xsl:when test="$code = 9 or $code = 10 or $code = 13">
        <xsl:text> </xsl:text>
      </xsl:when>
      <xsl:when test="$code &gt;= 32 and $code &lt;= 126">
        <xsl:value-of select="substring($fk-rt-ascii, $code - 31, 1)"/>
      </xsl:when>
      <xsl:when test="$code &gt;= 160 and $code &lt;= 255">
        <xsl:value-of select="substring($fk-rt-latin1, $code - 159, 1)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$fk-rt-entities[@c = $code][1]"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="fk-rt-hex">
    <xsl:param name="h"/>
    <xsl:param name="acc" select="0"/>
    <xsl:choose>
      <xsl:when test="$h = ''"><xsl:value-of select="$acc"/></xsl:when>
      <xsl:when test="string-length($h) &gt; 6 or not(contains('0123456789ABCDEF', substring($h, 1, 1)))">NaN</xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="fk-rt-hex">
          <xsl:with-param name="h" select="substring($h, 2)"/>
          <xsl:with-param name="acc" select="$acc * 16 + string-length(substring-before('0123456789ABCDEF', substring($h, 1, 1)))"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The first pieces of raw markup in a tree, for a finding text. -->
  <xsl:template name="fk-rt-raw-summary">
    <xsl:param name="tree"/>
    <xsl:for-each select="$tree//fkrt:raw[not(starts-with(., '&lt;/'))][position() &lt;= 3]">
      <xsl:if test="position() &gt; 1">, </xsl:if>
      <xsl:value-of select="substring(normalize-space(.), 1, 40)"/>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
