<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DraftStore</name>
    <message>
        <source>The saved draft could not be read, so the application starts empty. The unreadable file was kept as %1.</source>
        <translation>无法读取已保存的草稿，因此本次从空白开始。无法读取的文件已保留为 %1。</translation>
    </message>
    <message>
        <source>The draft file was damaged, so the previous copy was restored. Please check your most recent entries. The damaged file was kept as %1.</source>
        <translation>草稿文件已损坏，已从上一份备份恢复。请检查您最近填写的内容。损坏的文件已保留为 %1。</translation>
    </message>
    <message>
        <source>The saved draft and its backup could not be read, so the application starts empty. The unreadable files were kept in %1.</source>
        <translation>已保存的草稿及其备份都无法读取，因此本次从空白开始。无法读取的文件保留在 %1 中。</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Your entries could not be saved to disk (%1). They are still in the application; free some disk space or check the folder&apos;s permissions, and they will be saved on the next change.</source>
        <translation>您填写的内容未能保存到磁盘（%1）。内容仍在程序中；请清理磁盘空间或检查文件夹权限，下次修改时会再次保存。</translation>
    </message>
</context>
</TS>
