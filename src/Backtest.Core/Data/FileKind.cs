namespace Backtest.Core.Data;

/// <summary>What a path names once its symbolic links are followed, as far as reading it is concerned.</summary>
internal enum FileKind
{
    /// <summary>The system cannot say (not Linux); the file is opened and what happens, happens.</summary>
    Unknown,

    /// <summary>A regular file: the only kind read as input.</summary>
    RegularFile,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A named pipe: opening it waits for a writer, forever if none comes.</summary>
    NamedPipe,

    /// <summary>A socket.</summary>
    Socket,

    /// <summary>A character device such as <c>/dev/zero</c>, which may never end.</summary>
    CharacterDevice,

    /// <summary>A block device (a disk).</summary>
    BlockDevice,
}
