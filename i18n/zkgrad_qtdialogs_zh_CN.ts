<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own file dialog (QtQuick.Dialogs, used where no platform dialog exists and at kiosks)
     has two labels that Qt's Chinese catalogue (qtdeclarative_zh_CN, Qt 6.4) leaves English.
     Written by hand, not by lupdate: the sources are Qt's, not ours. -->
<TS version="2.1" language="zh_CN">
<context>
    <name>FileDialog</name>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>文件类型</translation>
    </message>
</context>
</TS>
