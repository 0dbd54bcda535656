<#list m.header as line>
# ${line}
</#list>
