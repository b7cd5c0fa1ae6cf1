using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.Json;

// Usage: PdbCheck <assembly.dll> <assembly.pdb> <repository url> <commit sha>
// Prints the SourceLink map and one mapped document per line as "path<TAB>url"; exits 1 with the reasons when the
// PDB does not belong to the assembly, has no SourceLink map to the repository at the commit, keeps a build
// machine path, or has untracked (generated) sources that are not embedded.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: PdbCheck <assembly.dll> <assembly.pdb> <repository url> <commit sha>");
    return 2;
}

var (dllPath, pdbPath, repositoryUrl, commit) = (args[0], args[1], args[2].TrimEnd('/'), args[3]);
var problems = new List<string>();
var sourceLinkGuid = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
var embeddedSourceGuid = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

using var pdbStream = File.OpenRead(pdbPath);
using var provider = MetadataReaderProvider.FromPortablePdbStream(pdbStream);
var pdb = provider.GetMetadataReader();

using (var peStream = File.OpenRead(dllPath))
using (var pe = new PEReader(peStream))
{
    var codeView = pe.ReadDebugDirectory().Where(e => e.Type == DebugDirectoryEntryType.CodeView).ToArray();
    var pdbId = new BlobContentId(pdb.DebugMetadataHeader!.Id);
    if (codeView.Length == 0)
    {
        problems.Add($"{dllPath} has no CodeView debug directory entry");
    }
    else
    {
        var data = pe.ReadCodeViewDebugDirectoryData(codeView[0]);
        if (data.Guid != pdbId.Guid)
        {
            problems.Add($"{pdbPath} does not belong to {dllPath} (PDB id {pdbId.Guid}, assembly expects {data.Guid})");
        }

        if ((data.Path.Contains('/', StringComparison.Ordinal) || data.Path.Contains('\\', StringComparison.Ordinal)) && !data.Path.StartsWith("/_/", StringComparison.Ordinal))
        {
            problems.Add($"{dllPath} names its PDB by a build machine path: {data.Path}");
        }
    }
}

string? sourceLinkJson = null;
foreach (var handle in pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition))
{
    var info = pdb.GetCustomDebugInformation(handle);
    if (pdb.GetGuid(info.Kind) == sourceLinkGuid)
    {
        sourceLinkJson = Encoding.UTF8.GetString(pdb.GetBlobBytes(info.Value));
    }
}

var map = new List<(string Prefix, string Url)>();
if (sourceLinkJson is null)
{
    problems.Add("no SourceLink map in the PDB");
}
else
{
    Console.WriteLine($"SourceLink: {sourceLinkJson}");
    using var json = JsonDocument.Parse(sourceLinkJson);
    foreach (var entry in json.RootElement.GetProperty("documents").EnumerateObject())
    {
        map.Add((entry.Name, entry.Value.GetString() ?? string.Empty));
    }
}

// A GitHub repository's raw content URL at the commit.
var expectedPrefix = repositoryUrl.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal) + "/" + commit + "/";
if (map.Count > 0 && !map.Any(m => m.Prefix == "/_/*" && m.Url == expectedPrefix + "*"))
{
    problems.Add($"the SourceLink map has no entry \"/_/*\": \"{expectedPrefix}*\"");
}

int documents = 0, embedded = 0, mapped = 0;
foreach (var handle in pdb.Documents)
{
    var document = pdb.GetDocument(handle);
    var name = pdb.GetString(document.Name);
    documents++;
    var isEmbedded = pdb.GetCustomDebugInformation(handle).Any(h => pdb.GetGuid(pdb.GetCustomDebugInformation(h).Kind) == embeddedSourceGuid);
    if (isEmbedded)
    {
        embedded++;
    }

    if (!name.StartsWith("/_/", StringComparison.Ordinal))
    {
        problems.Add($"document path is not deterministic (/_/…): {name}");
        continue;
    }

    var rule = map.FirstOrDefault(m => m.Prefix.EndsWith('*') && name.StartsWith(m.Prefix.TrimEnd('*'), StringComparison.Ordinal));
    if (isEmbedded)
    {
        Console.WriteLine($"embedded\t{name}");
    }
    else if (rule.Url is null)
    {
        problems.Add($"document neither mapped nor embedded: {name}");
    }
    else
    {
        mapped++;
        Console.WriteLine($"mapped\t{name}\t{rule.Url.TrimEnd('*') + name.Substring(rule.Prefix.Length - 1)}");
    }
}

Console.WriteLine($"{Path.GetFileName(pdbPath)}: {documents} documents, {mapped} mapped to the repository, {embedded} embedded");
if (mapped == 0)
{
    problems.Add("no document is mapped to the repository");
}

foreach (var problem in problems)
{
    Console.Error.WriteLine($"PDB CHECK FAILED: {pdbPath}: {problem}");
}

return problems.Count == 0 ? 0 : 1;
