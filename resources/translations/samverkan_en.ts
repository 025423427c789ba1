<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="61"/>
        <source>&amp;Ny arbetsyta…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="62"/>
        <source>&amp;Öppna…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="63"/>
        <source>&amp;Exportera PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="64"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="65"/>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="191"/>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="67"/>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="192"/>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="69"/>
        <source>&amp;Om Samverkan Desktop</source>
        <translation>&amp;About Samverkan Desktop</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="73"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="76"/>
        <source>&amp;Senaste</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="82"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="85"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="89"/>
        <source>Verktyg</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="95"/>
        <source> Överenskommelse: </source>
        <translation> Agreement: </translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="117"/>
        <source>Skapa en ny arbetsyta…</source>
        <translation>Create a new workspace…</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="117"/>
        <source>Öppna en arbetsyta…</source>
        <translation>Open a workspace…</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="191"/>
        <source>&amp;Ångra %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="192"/>
        <source>&amp;Gör om %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="197"/>
        <source>Fil: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="200"/>
        <source>Ingen fil öppen</source>
        <translation>No file open</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="202"/>
        <source>Användare: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="208"/>
        <source>Ny arbetsyta</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="209"/>
        <source>Samverkan-arbetsyta (*.sqlite)</source>
        <translation>Samverkan workspace (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="220"/>
        <source>Öppna arbetsyta</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="221"/>
        <source>Samverkan-arbetsyta (*.sqlite);;Alla filer (*)</source>
        <translation>Samverkan workspace (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../samverkan_desktop/ui/main_window.py" line="229"/>
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
</context>
</TS>
